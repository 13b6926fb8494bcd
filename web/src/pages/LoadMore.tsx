import { useTranslation } from "react-i18next";
import { ErrorNotice } from "../ui/notices.js";

interface MoreOfAList {
  hasMore: boolean;
  loadMore: () => Promise<void>;
  loadingMore: boolean;
  moreError: unknown;
}

/** The "more" button under a cursor-paged list, and the error if fetching more failed. */
export function LoadMore({ list }: { list: MoreOfAList }) {
  const { t } = useTranslation();
  return (
    <>
      {list.moreError !== null && <ErrorNotice error={list.moreError} />}
      {list.hasMore && (
        <p className="more">
          <button
            type="button"
            className="button secondary"
            onClick={() => void list.loadMore()}
            disabled={list.loadingMore}
          >
            {list.loadingMore ? t("common.loading") : t("common.loadMore")}
          </button>
        </p>
      )}
    </>
  );
}

/** Replies to a draft finding: who replied, when (mission time), in which language, as written. */
import { useTranslation } from "react-i18next";
import { DateTime, Party } from "../../ui/display.js";

export interface ShownReply {
  party: string;
  text: string;
  language: string;
  submittedAt: string;
  findingVersion?: number;
}

export function ReplyList({ replies, empty }: { replies: ShownReply[]; empty: string }) {
  const { t } = useTranslation();
  if (replies.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ol className="plain-list reply-list">
      {replies.map((r, n) => (
        <li key={`${r.submittedAt}-${n}`} className="reply">
          <p className="reply-meta">
            <strong>
              {t("release.replyBy")} <Party code={r.party} />
            </strong>
            {" · "}
            <DateTime iso={r.submittedAt} />
            {" · "}
            {r.findingVersion !== undefined
              ? t("draft.replyMeta", {
                  version: r.findingVersion,
                  language: t(`language.${r.language}` as never),
                })
              : t(`language.${r.language}` as never)}
          </p>
          <p lang={r.language} dir="auto" className="description reply-text">
            {r.text}
          </p>
        </li>
      ))}
    </ol>
  );
}

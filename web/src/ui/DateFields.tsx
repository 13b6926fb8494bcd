/**
 * The app's own date and date-time fields. The browser's date widgets speak the browser's
 * language (month names, "mm/dd/yyyy", mirrored parts in a right-to-left page) whatever the
 * interface language is; these are plain left-to-right text fields read year first, with the
 * format, the problems and the value read back written in the interface language.
 *
 * The page keeps the same value as with the browser's widget: "YYYY-MM-DDTHH:mm" (a wall time in
 * the mission's zone) or "YYYY-MM-DD", "" when empty. While the text is not a date the page gets
 * the text itself, which its own parsing refuses, and `acceptable` false.
 */
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDayLong, formatWallTimeLong } from "../i18n/format.js";
import {
  parseTypedDateTime,
  parseTypedDay,
  showWallTime,
  type TypedTime,
  westernDigits,
} from "../time/typed-time.js";
import { useLang } from "./use-lang.js";
import { missionTimeZone } from "../mission/mission-zone.js";

type Problem = "format" | "date" | "time" | "range" | "missing";

interface FieldProps {
  id: string;
  value: string;
  onChange: (value: string, acceptable: boolean) => void;
  /** Ids of the page's own hints and problems about this field. */
  describedBy?: string;
  /** The page found a problem with the value (shown by the page). */
  invalid?: boolean;
  /** Empty is a problem (said by the field when its form is sent). */
  required?: boolean;
}

/** A wall time in the mission's zone, typed "2020-01-14 21:00". */
export function DateTimeField(props: FieldProps) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <TypedField
      {...props}
      parse={parseTypedDateTime}
      show={showWallTime}
      size={16}
      format={t("typed.dateTimeFormat")}
      example="2020-01-14 21:00"
      notThis={t("typed.notDateTime")}
      echo={(v) =>
        t("typed.dateTimeEcho", { when: formatWallTimeLong(v, missionTimeZone(), lang) })
      }
    />
  );
}

/** A calendar day, typed "2020-01-14"; `min` and `max` are days too. */
export function DayField(props: FieldProps & { min?: string; max?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { min, max } = props;
  return (
    <TypedField
      {...props}
      parse={parseTypedDay}
      show={(v) => v}
      size={10}
      inRange={(v) => (!min || v >= min) && (!max || v <= max)}
      rangeText={t("typed.outOfRange", {
        min: min ? formatDayLong(min, lang) : "…",
        max: max ? formatDayLong(max, lang) : "…",
      })}
      format={t("typed.dayFormat")}
      example="2020-01-14"
      notThis={t("typed.notDay")}
      echo={(v) => formatDayLong(v, lang)}
    />
  );
}

function TypedField({
  id,
  value,
  onChange,
  describedBy,
  invalid,
  required,
  parse,
  show,
  size,
  inRange = () => true,
  rangeText = "",
  format,
  example,
  notThis,
  echo,
}: FieldProps & {
  parse: (text: string) => TypedTime;
  show: (value: string) => string;
  size: number;
  inRange?: (value: string) => boolean;
  rangeText?: string;
  format: string;
  /** Shown left to right and unbroken after the format, in both languages. */
  example: string;
  notThis: string;
  echo: (value: string) => string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => show(value));
  const [seenValue, setSeenValue] = useState(value);
  // The person has left the field or sent the form since it was last set by the page.
  const [told, setTold] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const read = parse(text);
  // The page set another value (a reset, a draft restored, a "today" button): show it.
  if (value !== seenValue) {
    setSeenValue(value);
    if (value !== (read.kind === "ok" ? read.value : read.kind === "empty" ? "" : text)) {
      setText(show(value));
      setTold(false);
    }
  }

  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const tell = () => setTold(true);
    form.addEventListener("submit", tell);
    return () => form.removeEventListener("submit", tell);
  }, []);

  const problem: Problem | null =
    read.kind === "invalid"
      ? read.problem
      : read.kind === "empty"
        ? required
          ? "missing"
          : null
        : inRange(read.value)
          ? null
          : "range";
  const problemText = {
    format: notThis,
    date: t("typed.noSuchDay"),
    time: t("typed.noSuchTime"),
    range: rangeText,
    missing: t("typed.missing"),
  };
  // A wrong format is said once the person has left the field (while typing, the text is often
  // not finished); a day or time off the calendar is said at once, so that no message appears
  // (and moves the buttons below) between the press and the release of a click.
  const shown = problem !== null && (told || problem === "date" || problem === "time");
  const described = [
    `${id}-format`,
    describedBy,
    shown ? `${id}-problem` : null,
    read.kind === "ok" ? `${id}-echo` : null,
  ]
    .filter(Boolean)
    .join(" ");

  const change = (typed: string) => {
    // Arabic-Indic digits in a left-to-right field come out in right-to-left groups ("21:00
    // 14-01-2020"): the field shows them as the Western digits it reads them as.
    const next = westernDigits(typed);
    setText(next);
    const r = parse(next);
    const v = r.kind === "ok" ? r.value : r.kind === "empty" ? "" : next.trim();
    onChange(v, r.kind === "empty" || (r.kind === "ok" && inRange(r.value)));
  };

  return (
    <>
      <span id={`${id}-format`} className="hint typed-format">
        {format}{" "}
        <bdi dir="ltr" className="nowrap">
          {example}
        </bdi>
      </span>
      <input
        ref={input}
        id={id}
        type="text"
        dir="ltr"
        className="typed-date"
        size={size + 2}
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-required={required || undefined}
        aria-invalid={shown || invalid || undefined}
        aria-describedby={described}
        onChange={(e) => change(e.target.value)}
        onBlur={() => setTold(true)}
      />
      {shown && problem && (
        <p id={`${id}-problem`} className="field-problem">
          {problemText[problem]}
        </p>
      )}
      {read.kind === "ok" && (
        <p id={`${id}-echo`} className="typed-echo">
          {echo(read.value)}
        </p>
      )}
    </>
  );
}

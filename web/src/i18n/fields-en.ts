/** English texts of the app's own date fields and file picker (not the browser's widgets). */
export const fieldsEn = {
  typed: {
    dateTimeFormat: "Year-month-day and 24-hour time, e.g.",
    dayFormat: "Year-month-day, e.g.",
    dateTimeEcho: "{{when}}, $t(common.missionTime)",
    notDateTime: "Write the date and time as year-month-day hour:minute, with digits only.",
    notDay: "Write the day as year-month-day, with digits only.",
    noSuchDay: "There is no such day in the calendar: check the month and the day.",
    noSuchTime: "There is no such time: hours go from 00 to 23, minutes from 00 to 59.",
    outOfRange: "Choose a day from {{min}} to {{max}}.",
    fixFirst: "Correct the date and time in “{{field}}” first.",
    missing: "This date is required.",
  },
  filePicker: {
    choose: "Choose files…",
    chooseOne: "Choose a file…",
    noFile: "No file chosen.",
    chosen_one: "{{count}} file chosen:",
    chosen_other: "{{count}} files chosen:",
  },
};

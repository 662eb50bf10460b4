import { describe, expect, it } from "vitest";
import {
  addDays, addWorkingDays, formatDue, formatInstant, formatLongDate, formatTime, instantFor, isWorkingDay, latestCompletedPeriod,
  normaliseDue, periodOf, periodRange, previousPeriod, toLocalDate, weekOf, workingDaysBetween,
} from "../core/dates.js";
import { parseNow } from "../core/clock.js";

describe("en-GB wording", () => {
  it("writes dates and times as councils print them", () => {
    expect(formatLongDate("2020-12-01")).toBe("Tuesday 1 December 2020");
    expect(formatTime("17:00")).toBe("5.00pm");
    expect(formatTime("00:05")).toBe("12.05am");
    expect(formatInstant(instantFor("2020-11-25", "17:00", "Europe/London"), "Europe/London")).toBe("5.00pm Wednesday 25 November 2020");
  });

  it("shows month-precision due dates as the month", () => {
    expect(normaliseDue("2020-12")).toEqual({ dueDate: "2020-12-31", duePrecision: "month" });
    expect(formatDue("2020-12-31", "month", "December 2020")).toBe("December 2020");
    expect(formatDue(null, null, "Ongoing")).toBe("Ongoing");
    expect(() => normaliseDue("2021-02-30")).toThrow(/not a real date/);
  });
});

describe("Europe/London across summer time", () => {
  it("puts 09:00 local at 08:00Z in summer and 09:00Z in winter, either side of each change", () => {
    expect(instantFor("2021-03-27", "09:00", "Europe/London").toISOString()).toBe("2021-03-27T09:00:00.000Z");
    expect(instantFor("2021-03-29", "09:00", "Europe/London").toISOString()).toBe("2021-03-29T08:00:00.000Z");
    expect(instantFor("2020-10-24", "09:00", "Europe/London").toISOString()).toBe("2020-10-24T08:00:00.000Z");
    expect(instantFor("2020-10-26", "09:00", "Europe/London").toISOString()).toBe("2020-10-26T09:00:00.000Z");
  });

  it("pins SCRUTINEER_NOW dates to the start of the office day", () => {
    expect(parseNow("2020-11-23", "Europe/London").toISOString()).toBe("2020-11-23T09:00:00.000Z");
    expect(parseNow("2020-07-01", "Europe/London").toISOString()).toBe("2020-07-01T08:00:00.000Z");
    expect(() => parseNow("2020-13-01", "Europe/London")).toThrow(/not a date/);
  });
});

describe("weeks and financial-year quarters", () => {
  it("counts weeks Monday to Sunday", () => {
    expect(weekOf("2020-11-23")).toEqual({ from: "2020-11-23", to: "2020-11-29" });
    expect(weekOf("2020-11-29")).toEqual({ from: "2020-11-23", to: "2020-11-29" });
    expect(weekOf("2021-01-01")).toEqual({ from: "2020-12-28", to: "2021-01-03" });
    expect(weekOf("1969-12-31")).toEqual({ from: "1969-12-29", to: "1970-01-04" });
  });

  it("moves by calendar days across months, leap days and years, and refuses days that do not exist", () => {
    expect(addDays("2020-02-28", 1)).toBe("2020-02-29");
    expect(addDays("2021-02-28", 1)).toBe("2021-03-01");
    expect(addDays("2020-12-31", 1)).toBe("2021-01-01");
    expect(addDays("2021-01-01", -1)).toBe("2020-12-31");
    expect(() => addDays("2021-02-29", 1)).toThrow(/not a real date/);
    expect(() => weekOf("2020-13-01")).toThrow(/not a real date/);
  });

  it("takes the London calendar day of an instant either side of midnight, in summer and winter time", () => {
    expect(toLocalDate(new Date("2020-10-24T23:30:00Z"), "Europe/London")).toBe("2020-10-25"); // 00:30 BST
    expect(toLocalDate(new Date("2020-10-25T23:30:00Z"), "Europe/London")).toBe("2020-10-25"); // 23:30 GMT
    expect(toLocalDate(new Date("2021-03-27T23:59:00Z"), "Europe/London")).toBe("2021-03-27");
    expect(toLocalDate(new Date("2021-03-28T23:30:00Z"), "Europe/London")).toBe("2021-03-29"); // 00:30 BST
  });

  it("maps dates to quarters of the April-March year", () => {
    expect(periodOf("2020-09-30")).toBe("2020-21-Q2");
    expect(periodOf("2021-01-15")).toBe("2020-21-Q4");
    expect(periodOf("2020-04-01")).toBe("2020-21-Q1");
    expect(periodRange("2020-21-Q2")).toEqual({ from: "2020-07-01", to: "2020-09-30" });
    expect(previousPeriod("2021-22-Q1")).toBe("2020-21-Q4");
    expect(latestCompletedPeriod("2020-11-23")).toBe("2020-21-Q2");
    expect(() => periodRange("2020-22-Q2")).toThrow(/not a period/);
  });
});

describe("working days skip weekends and England and Wales bank holidays", () => {
  it("knows Christmas 2020 and its substitute Boxing Day", () => {
    expect(isWorkingDay("2020-12-25")).toBe(false);
    expect(isWorkingDay("2020-12-28")).toBe(false); // Boxing Day fell on a Saturday
    expect(isWorkingDay("2020-12-29")).toBe(true);
    expect(addWorkingDays("2020-12-24", 1)).toBe("2020-12-29");
  });

  it("knows moving feasts and one-off holidays", () => {
    expect(isWorkingDay("2020-04-10")).toBe(false); // Good Friday
    expect(isWorkingDay("2020-05-08")).toBe(false); // VE Day, moved from the first Monday
    expect(isWorkingDay("2020-05-04")).toBe(true);
    expect(isWorkingDay("2022-09-19")).toBe(false); // the State Funeral
  });

  it("counts forwards and backwards", () => {
    expect(addWorkingDays("2021-01-04", -5)).toBe("2020-12-23"); // skips 1 Jan, 28 and 25 Dec
    expect(workingDaysBetween("2020-11-23", "2020-11-25")).toBe(2);
    expect(workingDaysBetween("2020-11-25", "2020-11-23")).toBe(-2);
    expect(workingDaysBetween("2020-12-24", "2020-12-29")).toBe(1);
  });
});

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * "Saturday, April 13, 2024" → "2024-04-13". Checks the weekday against the date, so a typo in
 * the schedule is caught rather than copied.
 */
export function scheduleDate(text: string): string {
  const [weekday, monthDay, yearText] = text.split(',').map((part) => part.trim());
  const [monthName, dayText] = (monthDay ?? '').split(' ');
  const month = MONTHS.indexOf(monthName ?? '');
  const day = Number(dayText);
  const year = Number(yearText);
  const date = new Date(Date.UTC(year, month, day));
  if (month < 0 || !Number.isInteger(day) || !Number.isInteger(year) || date.getUTCDate() !== day) {
    throw new Error(`Not a schedule date: "${text}"`);
  }
  if (WEEKDAYS[date.getUTCDay()] !== weekday) {
    throw new Error(`"${text}": that date is a ${WEEKDAYS[date.getUTCDay()]}`);
  }
  return date.toISOString().slice(0, 10);
}

/** The video clock lives in shared/ (the Markdown exports use it too). */
export { formatClock, parseClock } from '../../shared/format-clock';

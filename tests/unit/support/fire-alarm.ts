import { fakeBrowser } from 'wxt/testing/fake-browser';

/** The browser firing the alarm `name` now, as if its time had come. */
export const fireAlarm = (name: string) =>
  fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: Date.now() });

import { render } from 'preact';
import { LiveSync } from '../../components/live-sync';
import '../../components/theme.css';
import { YouTubeAccessNotice } from '../../components/youtube-access-notice';
import { registersStorage, syncAccountStorage } from '../../lib/storage';
import { preloadStorage } from '../../lib/storage-preload';
import './options.css';
import { CurriculaSection } from './sections/curricula-section';
import { LinkedPagesSection } from './sections/linked-pages-section';
import { ProgressFileSection } from './sections/progress-file-section';
import { ScheduleSection } from './sections/schedule-section';
import { SyncSection } from './sections/sync-section';
import { VideoSettingsSection } from './sections/video-settings-section';

function Options() {
  return (
    <main class="ra-options">
      <h1>Readalong options</h1>
      <p>
        <a href="/stats.html">Your stats</a>: time watched, items finished per week, streak and
        pace. <a href="/notes.html">Your notes</a>: every note of every video, searchable.
      </p>
      <YouTubeAccessNotice from="options" />
      <ScheduleSection />
      <SyncSection />
      <VideoSettingsSection />
      <CurriculaSection />
      <LinkedPagesSection />
      <ProgressFileSection />
    </main>
  );
}

// Read once for the page, not once per hook that uses them (storage-preload.ts).
void preloadStorage([registersStorage, syncAccountStorage]);
render(
  <LiveSync>
    <Options />
  </LiveSync>,
  document.getElementById('app')!,
);

import { render } from 'preact';
import '../../components/theme.css';
import { YouTubeAccessNotice } from '../../components/youtube-access-notice';
import './options.css';
import { CurriculaSection } from './sections/curricula-section';
import { ProgressFileSection } from './sections/progress-file-section';
import { SyncSection } from './sections/sync-section';
import { VideoSettingsSection } from './sections/video-settings-section';

function Options() {
  return (
    <main class="ra-options">
      <h1>Readalong options</h1>
      <YouTubeAccessNotice from="options" />
      <SyncSection />
      <VideoSettingsSection />
      <CurriculaSection />
      <ProgressFileSection />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);

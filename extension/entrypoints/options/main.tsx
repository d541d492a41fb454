import { render } from 'preact';
import '../../components/theme.css';
import './options.css';
import { CurriculaSection } from './sections/curricula-section';
import { SyncSection } from './sections/sync-section';
import { VideoSettingsSection } from './sections/video-settings-section';

function Options() {
  return (
    <main class="ra-options">
      <h1>Readalong options</h1>
      <SyncSection />
      <VideoSettingsSection />
      <CurriculaSection />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);

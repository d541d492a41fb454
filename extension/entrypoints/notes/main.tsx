import { render } from 'preact';
import { LiveSync } from '../../components/live-sync';
import '../../components/theme.css';
import { registersStorage, syncAccountStorage } from '../../lib/storage';
import { preloadStorage } from '../../lib/storage-preload';
import { NotesView } from './notes-view';
import './notes.css';

// Read once for the page, not once per hook that uses them (storage-preload.ts).
void preloadStorage([registersStorage, syncAccountStorage]);
render(
  <LiveSync>
    <NotesView />
  </LiveSync>,
  document.getElementById('app')!,
);

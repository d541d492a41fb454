import { render } from 'preact';
import { LiveSync } from '../../components/live-sync';
import '../../components/theme.css';
import { NotesView } from './notes-view';
import './notes.css';

render(
  <LiveSync>
    <NotesView />
  </LiveSync>,
  document.getElementById('app')!,
);

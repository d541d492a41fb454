import { render } from 'preact';

function Popup() {
  return <h1>Readalong</h1>;
}

render(<Popup />, document.getElementById('app')!);

/**
 * The real hosts the stand-in server answers for. The browser resolves them to the local server
 * (`--host-resolver-rules`) and its self-signed certificate names them all.
 */
export const STANDIN_HOSTS = [
  'github.com',
  'www.github.com',
  'raw.githubusercontent.com',
  'www.youtube.com',
  'youtube.com',
  'm.youtube.com',
  'music.youtube.com',
  'www.youtube-nocookie.com',
  'youtu.be',
  'huyenchip.com',
  'docs.google.com',
  'drive.google.com',
  'arxiv.org',
  'example.com',
  'www.example.com',
  'example.org',
  'localhost',
] as const;

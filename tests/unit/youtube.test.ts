import { describe, expect, it } from 'vitest';
import { parseDuration, parseYouTubeUrl } from '../../shared/youtube';

const ID = 'dQw4w9WgXcQ';

describe('parseYouTubeUrl: the forms a browser opens a video by', () => {
  it.each([
    ['watch page', `https://www.youtube.com/watch?v=${ID}`],
    ['watch page over http', `http://www.youtube.com/watch?v=${ID}`],
    ['bare host', `https://youtube.com/watch?v=${ID}`],
    ['mobile site', `https://m.youtube.com/watch?v=${ID}`],
    ['YouTube Music', `https://music.youtube.com/watch?v=${ID}`],
    ['YouTube Kids', `https://www.youtubekids.com/watch?v=${ID}`],
    ['host in capitals', `HTTPS://WWW.YouTube.COM/watch?v=${ID}`],
    ['host with its root dot', `https://www.youtube.com./watch?v=${ID}`],
    ['short host with its root dot', `https://youtu.be./${ID}`],
    ['parameters before v', `https://www.youtube.com/watch?feature=share&list=PL1&v=${ID}`],
    ['parameters after v', `https://www.youtube.com/watch?v=${ID}&list=PL1&index=2&pp=ygU`],
    ['empty parameter first', `https://www.youtube.com/watch?&v=${ID}`],
    ['first of two v wins', `https://www.youtube.com/watch?v=${ID}&v=BaW_jenozKc`],
    ['watch with a slash', `https://www.youtube.com/watch/?v=${ID}`],
    ['pop-up player', `https://www.youtube.com/watch_popup?v=${ID}`],
    ['home page with v', `https://www.youtube.com/?v=${ID}`],
    ['old mobile hash route', `https://m.youtube.com/#/watch?v=${ID}`],
    ['short link', `https://youtu.be/${ID}`],
    ['short link with share id', `https://youtu.be/${ID}?si=AbCdEf`],
    ['short link, trailing slash', `https://youtu.be/${ID}/`],
    ['live', `https://www.youtube.com/live/${ID}?feature=share`],
    ['shorts', `https://www.youtube.com/shorts/${ID}`],
    ['shorts on the bare host', `https://youtube.com/shorts/${ID}?feature=share`],
    ['embed', `https://www.youtube.com/embed/${ID}?rel=0`],
    ['no-cookie embed', `https://www.youtube-nocookie.com/embed/${ID}`],
    ['no-cookie embed, bare host', `https://youtube-nocookie.com/embed/${ID}`],
    ['legacy /v/', `https://www.youtube.com/v/${ID}?version=3`],
    ['legacy /e/', `https://www.youtube.com/e/${ID}`],
    [
      'attribution link, encoded',
      `https://www.youtube.com/attribution_link?a=x&u=%2Fwatch%3Fv%3D${ID}%26feature%3Dshare`,
    ],
    [
      'attribution link, raw',
      `https://www.youtube.com/attribution_link?u=/watch?v=${ID}&feature=share`,
    ],
    ['surrounding spaces', `  https://youtu.be/${ID} \n`],
  ])('%s', (_form, url) => {
    expect(parseYouTubeUrl(url)).toEqual({ videoId: ID, startSeconds: null });
  });
});

describe('parseYouTubeUrl: start times', () => {
  it.each([
    [`https://www.youtube.com/watch?v=${ID}&t=90`, 90],
    [`https://www.youtube.com/watch?v=${ID}&t=90s`, 90],
    [`https://www.youtube.com/watch?t=1h2m3s&v=${ID}`, 3723],
    [`https://www.youtube.com/watch?v=${ID}&t=1m40`, 100],
    [`https://www.youtube.com/watch?v=${ID}&t=2h`, 7200],
    [`https://www.youtube.com/watch?v=${ID}&t=0`, 0],
    [`https://youtu.be/${ID}?t=3426`, 3426],
    [`https://www.youtube.com/embed/${ID}?start=75`, 75],
    [`https://www.youtube.com/watch?v=${ID}#t=30s`, 30],
    [`https://www.youtube.com/watch?v=${ID}#t=0m10s`, 10],
    [`https://youtu.be/${ID}#start=32`, 32],
    [`https://www.youtube.com/live/${ID}?t=61`, 61],
    [`https://www.youtube.com/attribution_link?u=%2Fwatch%3Fv%3D${ID}%26t%3D42`, 42],
    // the query wins over the fragment, t over start
    [`https://www.youtube.com/watch?v=${ID}&t=5#t=9`, 5],
    [`https://www.youtube.com/embed/${ID}?start=7&t=8`, 8],
  ])('%s starts at %i s', (url, seconds) => {
    expect(parseYouTubeUrl(url)).toEqual({ videoId: ID, startSeconds: seconds });
  });

  it.each(['start=', 't=hms', 't=invalid', 't=-5', 't=1.5', 'strat=32', `t=${'9'.repeat(20)}`])(
    'an unreadable time (%s) keeps the video and drops the time',
    (param) => {
      expect(parseYouTubeUrl(`https://youtu.be/${ID}?${param}`)).toEqual({
        videoId: ID,
        startSeconds: null,
      });
    },
  );

  it('reads durations as YouTube writes them', () => {
    expect(parseDuration('1h2m3s')).toBe(3723);
    expect(parseDuration('3m')).toBe(180);
    expect(parseDuration('')).toBeNull();
    expect(parseDuration('1h2x')).toBeNull();
  });
});

describe('parseYouTubeUrl: what is not a video', () => {
  it.each([
    ['home page', 'https://www.youtube.com/'],
    ['search', 'https://www.youtube.com/results?search_query=mlops'],
    ['channel by handle', 'https://www.youtube.com/@chiphuyen'],
    ['channel tab by handle', 'https://www.youtube.com/@chiphuyen/videos'],
    ['custom channel URL', 'https://www.youtube.com/c/StanfordOnline'],
    ['legacy user channel', 'https://www.youtube.com/user/PowerfulJRE'],
    ['channel id', 'https://www.youtube.com/channel/UCzQUP1qoWDoEbmsQxvdjxgQ'],
    ['playlist without a video', 'https://www.youtube.com/playlist?list=PL46F0A159EC02DF82'],
    ['embedded playlist', 'https://www.youtube.com/embed/videoseries?list=PL46F0A159EC02DF82'],
    ['embedded live stream of a channel', 'https://www.youtube.com/embed/live_stream?channel=UC1'],
    ['feed', 'https://www.youtube.com/feed/subscriptions'],
    ['watch page without v', 'https://www.youtube.com/watch?list=PL46F0A159EC02DF82'],
    ['short link without id', 'https://youtu.be/'],
    ['extra path after the id', `https://www.youtube.com/shorts/${ID}/comments`],
    ['look-alike suffix', `https://youtube.com.evil.example/watch?v=${ID}`],
    ['look-alike prefix', `https://notyoutube.com/watch?v=${ID}`],
    ['other TLD', `https://youtube.co/watch?v=${ID}`],
    ['other YouTube subdomain', `https://studio.youtube.com/video/${ID}/edit`],
    ['thumbnail image', `https://i.ytimg.com/vi/${ID}/hqdefault.jpg`],
    ['redirect through Google', `https://www.google.com/url?url=https%3A%2F%2Fyoutu.be%2F${ID}`],
    ['id only in the credentials', `https://youtube.com@evil.example/watch?v=${ID}`],
    ['other scheme', `ftp://www.youtube.com/watch?v=${ID}`],
    ['app scheme', `vnd.youtube://${ID}`],
    ['no scheme', `www.youtube.com/watch?v=${ID}`],
    ['protocol-relative', `//www.youtube.com/watch?v=${ID}`],
    ['empty', ''],
    ['garbage', 'not a url at all'],
    ['broken URL', 'https://'],
  ])('%s → null', (_what, url) => {
    expect(parseYouTubeUrl(url)).toBeNull();
  });
});

describe('parseYouTubeUrl: video ids', () => {
  // Every YouTube video id is exactly 11 characters of [A-Za-z0-9_-]. Accepting other lengths
  // would turn placeholders (`watch?v=123`) and links cut short in copying (10 characters) into
  // "videos" the learner never watched, so the parser is strict about length and alphabet. It
  // does not check the 11th character's narrower alphabet: that rule is undocumented and a
  // wrong guess would lose real videos.
  it('accepts 11 characters of letters, digits, - and _', () => {
    expect(parseYouTubeUrl('https://youtu.be/-_aZ09-_aZ0')?.videoId).toBe('-_aZ09-_aZ0');
  });
  it.each([
    ['10 characters (cut short)', 'N_708QY7Ob'],
    ['12 characters', `${ID}X`],
    ['a placeholder', '123'],
    ['a character outside the alphabet', 'dQw4w9WgXc!'],
    ['an escaped character', 'dQw4w9WgX%41'],
  ])('refuses %s', (_what, id) => {
    expect(parseYouTubeUrl(`https://www.youtube.com/watch?v=${id}`)).toBeNull();
    expect(parseYouTubeUrl(`https://youtu.be/${id}`)).toBeNull();
  });
});

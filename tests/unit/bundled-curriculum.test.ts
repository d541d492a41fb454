import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_CURRICULUM_FILE,
  buildDmlsBookclub,
  curriculumJson,
} from '../../scripts/bundled-curriculum/dmls-bookclub';
import { withoutDescription } from '../../scripts/bundled-curriculum/reading-lists';
import { scheduleDate } from '../../scripts/bundled-curriculum/schedule-date';
import { readSeeds, SEEDS_DIR } from '../../scripts/bundled-curriculum/seeds';
import { CURRICULUM_SCHEMA_FILE, curriculumJsonSchema } from '../../scripts/curriculum-json-schema';
import { bundledCurricula, dmlsBookclub } from '../../shared/curricula';
import {
  type Curriculum,
  curriculumSchema,
  type Item,
  itemSchema,
  type Section,
} from '../../shared/curriculum';
import { manualResourceKey } from '../../shared/manual-resource-key';
import { resourceKey } from '../../shared/resource-key';
import { walkItems } from '../../shared/walk-items';

const SLIDES = 'https://github.com/mlops-discord/dmls-bookclub/blob/main/slides/';
const BOOK = 'https://github.com/chiphuyen/dmls-book/blob/main/';

function section(sections: readonly Section[], title: string): Section {
  const found = sections.find((s) => s.title === title);
  if (!found) throw new Error(`no section "${title}" among ${sections.map((s) => s.title)}`);
  return found;
}
const titlesOf = (items: readonly Item[]) => items.map((i) => i.title);
const [sessions, book, booklet, resources, guide] = dmlsBookclub.sections as Section[];

describe('the bundled curricula', () => {
  it('ship the book club, valid against the curriculum schema', () => {
    expect(bundledCurricula.map((c) => c.id)).toEqual(['dmls-bookclub']);
    expect(curriculumSchema.parse(dmlsBookclub)).toEqual(dmlsBookclub);
    expect(dmlsBookclub.title).toBe('Designing Machine Learning Systems — book club');
  });

  it('put the sessions first, then the chapters, the booklet and the reading lists', () => {
    expect(dmlsBookclub.sections.map((s) => s.title)).toEqual([
      'Book club sessions',
      'The book: Designing Machine Learning Systems',
      'The booklet: Machine Learning Systems Design (2019)',
      'Reading list: Machine Learning System Design',
      'Reading list: MLOps guide',
    ]);
  });

  it('give every item and section an id unique within the curriculum', () => {
    const items = [...walkItems(dmlsBookclub)].map(({ item }) => item.id);
    expect(new Set(items).size).toBe(items.length);
    const sections: string[] = [];
    const visit = (s: Section): void => {
      sections.push(s.id);
      s.sections.forEach(visit);
    };
    dmlsBookclub.sections.forEach(visit);
    expect(new Set(sections).size).toBe(sections.length);
  });

  it('key every item by its URL, or by curriculum and id when it has none', () => {
    for (const { item } of walkItems(dmlsBookclub)) {
      const expected = item.url
        ? resourceKey(item.url)
        : manualResourceKey(dmlsBookclub.id, item.id);
      expect(item.resourceKey, item.title).toBe(expected);
    }
  });
});

describe('the book club sessions', () => {
  // number, ISO date, chapter, group, slides file, recording, start second
  const schedule: [number, string, number, string, string, string, number?][] = [
    [
      1,
      '2024-04-13',
      1,
      '1 (Chad SHAPLV)',
      'chapter1-20240413-chad-shaplv.pdf',
      'https://www.youtube.com/watch?v=spFsPbDw7Lg',
    ],
    [
      2,
      '2024-04-20',
      2,
      '6 (Pablo Discobar)',
      'chapter2-20240420-pablo-discobar.pdf',
      'https://www.youtube.com/watch?v=q7RhT39LV8E',
    ],
    [
      3,
      '2024-04-27',
      3,
      '7 (Team Q*)',
      'chapter3-20240427-team-qstar.pdf',
      'https://www.youtube.com/watch?v=2ryjXysW6_c',
    ],
    [
      4,
      '2024-05-04',
      4,
      '2 (MLOpers)',
      'chapter4-20240504-mlopers.pdf',
      'https://www.youtube.com/watch?v=2xnYrib3tgI',
    ],
    [
      5,
      '2024-05-11',
      5,
      '5 (Rec5ys)',
      'chapter5-20240511-rec5ys.pdf',
      'https://www.youtube.com/watch?v=hPicVDdMbYM',
    ],
    [
      6,
      '2024-05-18',
      6,
      '4 (Crickets)',
      'chapter6-20240518-crickets.pdf',
      'https://www.youtube.com/watch?v=JrgqA3xL8AY',
    ],
    [
      7,
      '2024-05-25',
      7,
      '9 (TechWave/B-Team)',
      'chapter7-20240525-bteam.pdf',
      'https://www.youtube.com/live/C_140NJfNtE?t=232s',
      232,
    ],
    [
      8,
      '2024-06-01',
      8,
      '10 (ManifoldMinds)',
      'chapter8-20240601-manifoldminds.pdf',
      'https://www.youtube.com/live/X8OOgKFhg4g',
    ],
    [
      9,
      '2024-06-08',
      9,
      '8 (ML Mavericks)',
      'chapter9-20240608-mlmavericks.pdf',
      'https://www.youtube.com/watch?v=pVUav52lnoY',
    ],
    [
      10,
      '2024-06-15',
      10,
      '3 (The Rule of Three)',
      'chapter10-20240615-theRuleOfThree.pdf',
      'https://www.youtube.com/watch?v=jci0GnWbD3c',
    ],
    [
      11,
      '2024-06-22',
      11,
      '11 (TransferLearners)',
      'chapter11-20240622-transferlearners.pdf',
      'https://www.youtube.com/live/g_KzDo-IgZg',
    ],
  ];
  const chapterTitles = [
    'Overview of ML Systems',
    'Introduction to ML Systems Design',
    'Data Engineering Fundamentals',
    'Training Data',
    'Feature Engineering',
    'Model Development and Offline Evaluation',
    'Model Deployment and Prediction Service',
    'Data Distribution Shifts and Monitoring',
    'Continual Learning and Test in Production',
    'Infrastructure and Tooling for MLOps',
    'The Human Side of Machine Learning',
  ];

  it('are the 11 weekly sessions, one section each', () => {
    expect(sessions?.sections).toHaveLength(11);
  });

  it.each(schedule)(
    'session %i: %s, chapter %i, group %s',
    (number, date, chapter, group, slides, video, start) => {
      const session = sessions!.sections[number - 1]!;
      expect(session.session).toEqual({
        number,
        date,
        chapter,
        chapterTitle: chapterTitles[chapter - 1],
        group,
      });
      expect(session.title).toBe(
        `Session ${number} — Chapter ${chapter}: ${chapterTitles[chapter - 1]}`,
      );
      const [slidesItem, videoItem] = session.items;
      expect(slidesItem).toMatchObject({ title: 'Slides', kind: 'slides', url: SLIDES + slides });
      expect(videoItem).toMatchObject({ title: 'YouTube', kind: 'video', url: video });
      expect(videoItem?.startSeconds).toBe(start);
    },
  );

  it('keep the bonus Google Slides of session 5, and nothing else besides slides and video', () => {
    const extras = sessions!.sections.map((s) =>
      s.items.slice(2).map((i) => [i.title, i.kind, i.url]),
    );
    expect(extras).toEqual([
      [],
      [],
      [],
      [],
      [
        [
          'Bonus: GenAIRecSys',
          'slides',
          'https://docs.google.com/presentation/d/1lV_RQuHFLcBW6-H9B1T0Y0AnSOS55LLfOAnDrFOqU0E/',
        ],
      ],
      [],
      [],
      [],
      [],
      [],
      [],
    ]);
  });

  it('read the schedule dates with their weekday checked', () => {
    expect(scheduleDate('Saturday, June 1, 2024')).toBe('2024-06-01');
    expect(() => scheduleDate('Friday, June 1, 2024')).toThrow(/that date is a Saturday/);
    expect(() => scheduleDate('Saturday, Juin 1, 2024')).toThrow(/Not a schedule date/);
  });
});

describe("the book's chapters and the booklet", () => {
  const files = [
    '01_overview_ml_systems.md',
    '02_intro_ml_system_design.md',
    '03_data_eng_fundamentals.md',
    '04_training_data.md',
    '05_feature_engineering.md',
    '06_model_development.md',
    '07_model_deployment.md',
    '08_data_shifts_and_monitoring.md',
    '09_continual_learning.md',
    '10_infrastructure_and_tooling.md',
  ];

  it('list the 11 chapters, linked to their pages in the book repository', () => {
    expect(book?.items.map((i) => [i.kind, i.url])).toEqual([
      ...files.map((f) => ['chapter', BOOK + f]),
      ['chapter', undefined],
    ]);
    expect(book?.items[0]?.title).toBe('Chapter 1: Overview of ML Systems');
    expect(book?.items[10]?.title).toBe('Chapter 11: The Human Side of Machine Learning');
  });

  it('copy no summary prose', () => {
    expect(book?.sections).toEqual([]);
    expect(titlesOf(book!.items).every((t) => t.startsWith('Chapter '))).toBe(true);
  });

  it('hold the booklet', () => {
    expect(booklet?.items.map((i) => [i.title, i.kind, i.url])).toEqual([
      [
        'Machine Learning Systems Design',
        'book',
        'https://huyenchip.com/machine-learning-systems-design/toc.html',
      ],
    ]);
  });
});

describe('the reading lists', () => {
  it('hold every entry of the ML system design resources, manual where there is no link', () => {
    const lists = resources!.sections;
    const entries = (title: string) =>
      section(lists, title).items.map((i) =>
        i.url ? [i.kind, i.title, i.url] : [i.kind, i.title],
      );
    expect(lists.map((s) => s.title)).toEqual([
      'Books',
      'Courses',
      'Papers',
      'Blogs and Websites',
      'GitHub Repositories',
      'Conferences and Workshops',
    ]);
    expect(entries('Books')).toEqual([
      ['book', '"Designing Machine Learning Systems" by Chip Huyen'],
      ['book', '"Machine Learning Engineering" by Andriy Burkov'],
      ['book', '"Building Machine Learning Powered Applications" by Emmanuel Ameisen'],
      ['book', '"Practical MLOps" by Noah Gift and Alfredo Deza'],
    ]);
    expect(entries('Courses')).toEqual([
      ['course', 'Full Stack Deep Learning', 'https://fullstackdeeplearning.com/'],
      [
        'course',
        'Machine Learning Engineering for Production (MLOps) Specialization',
        'https://www.coursera.org/specializations/machine-learning-engineering-for-production-mlops',
      ],
      [
        'course',
        'Deploying Machine Learning Models in Production',
        'https://www.coursera.org/learn/deploying-machine-learning-models-in-production',
      ],
      ['course', 'CS329S: Machine Learning Systems Design', 'https://stanford-cs329s.github.io/'],
    ]);
    expect(entries('Papers')).toEqual([
      ['paper', '"Hidden Technical Debt in Machine Learning Systems" by D. Sculley et al.'],
      [
        'paper',
        '"Machine Learning: The High Interest Credit Card of Technical Debt" by D. Sculley et al.',
      ],
      [
        'paper',
        '"Challenges in Deploying Machine Learning: a Survey of Case Studies" by Andrei Paleyes et al.',
      ],
    ]);
    expect(entries('Blogs and Websites')).toEqual([
      ['blog', 'Machine Learning Operations', 'https://ml-ops.org/'],
      ['blog', "Chip Huyen's Blog", 'https://huyenchip.com/blog/'],
      ['blog', "Eugene Yan's Blog", 'https://eugeneyan.com/'],
      ['blog', 'The Gradient', 'https://thegradient.pub/'],
      ['blog', 'Neptune.ai Blog', 'https://neptune.ai/blog'],
    ]);
    expect(entries('GitHub Repositories')).toEqual([
      ['repo', 'Awesome MLOps', 'https://github.com/visenger/awesome-mlops'],
      [
        'repo',
        'Awesome Production Machine Learning',
        'https://github.com/EthicalML/awesome-production-machine-learning',
      ],
    ]);
    expect(entries('Conferences and Workshops')).toEqual([
      ['conference', 'MLSys Conference'],
      ['conference', 'Workshop on MLOps at various ML/AI conferences (e.g., NeurIPS, ICML)'],
      ['conference', 'Applied ML Conference by Tecton'],
    ]);
  });

  it('hold every entry of the MLOps guide, by section, and none of its prose', () => {
    const byPath = [...walkItems({ sections: [guide!] })].map(({ item, path }) => [
      path
        .slice(1)
        .map((s) => s.title)
        .join(' > '),
      item.title,
    ]);
    const fundamentals =
      'ML + engineering fundamentals > 10 free ML courses: make sure to take those classes in order.';
    expect(byPath).toEqual([
      [fundamentals, '[Book] Machine Learning: A Probabilistic Perspective (Kevin P. Murphy)'],
      [
        fundamentals,
        '[Book] Information Theory, Inference, and Learning Algorithms (David MacKay)',
      ],
      [fundamentals, '[Book] Deep Learning (Ian Goodfellow, Yoshua Bengio, and Aaron Courville)'],
      [
        fundamentals,
        '[Book] Introduction to Information Retrieval (Christopher D. Manning, Prabhakar Raghavan, and Hinrich Schütze)',
      ],
      [
        fundamentals,
        '[Book] Reinforcement Learning: An Introduction (Richard S. Sutton and Andrew G. Barto)',
      ],
      [fundamentals, '[Tutorials] OpenAI’s Spinning up in Deep Reinforcement Learning'],
      [fundamentals, '[Video] Andrej Karpathy’s Zero to Hero series'],
      [fundamentals, 'Tools and concepts I’d prioritize learning'],
      [fundamentals, 'A survivor’s guide to AI courses at Stanford (Updated Feb 2020)'],
      ['Overview', '[Video] Machine learning production myths (Stanford’s MLSys Seminars)'],
      ['Overview', '[Lecture note] Introduction to machine learning in production'],
      [
        'Overview',
        'Rules of Machine Learning: Best Practices for ML Engineering (Martin Zinkevich, 2019)',
      ],
      ['Overview', 'What I learned from looking at 200 machine learning tools [Jun 2020]'],
      ['Overview', 'Machine Learning Tools Landscape v2 (+84 new tools) [Dec 2020]'],
      [
        'Overview',
        'The ML Test Score: A Rubric for ML Production Readiness and Technical Debt Reduction (Breck et al., 2017)',
      ],
      ['Overview', 'Building LLM applications for production'],
      ['Intermediate', '[Lecture note] Creating training data'],
      ['Intermediate', '[Lecture note] Feature engineering'],
      ['Intermediate', '[Book excerpt] Data Distribution Shifts and Monitoring'],
      [
        'Intermediate',
        'Instrumentation, Observability & Monitoring of Machine Learning Models (Josh Wills, 2019)',
      ],
      ['Intermediate', 'RLHF: Reinforcement Learning from Human Feedback'],
      ['Advanced', 'Real-time machine learning: challenges and solutions'],
      ['Advanced', '[Lecture note] Data system fundamentals for data scientists'],
      ['Advanced', 'A friendly introduction to machine learning compilers and optimizers'],
      ['Advanced', 'Why data scientists shouldn’t need to know Kubernetes'],
      ['Advanced', 'Self-serve feature platforms: architectures and APIs'],
      ['Career', '[Free book] Machine Learning Interviews Book'],
      ['Career', '[Twitter thread] The ML interviews process'],
      ['Career', 'Career advice for recent Computer Science graduates'],
      ['Career', 'Four lessons I learned after my first full-time job after college'],
      ['Career', '7 reasons not to join a startup and 1 reason to'],
      ['Career', 'Analysis of compensation, level, and experience details of 19k tech workers'],
      ['Career', 'What Glassdoor interview reviews reveal about tech hiring cultures'],
      ['Career', 'What we look for in a resume'],
      [
        'Case studies',
        'Using Machine Learning to Predict Value of Homes On Airbnb (Robert Chang, Airbnb Engineering & Data Science, 2017)',
      ],
      [
        'Case studies',
        'Using Machine Learning to Improve Streaming Quality at Netflix (Chaitanya Ekanadham, Netflix Technology Blog, 2018)',
      ],
      [
        'Case studies',
        '150 Successful Machine Learning Models: 6 Lessons Learned at Booking.com (Bernardi et al., KDD, 2019)',
      ],
      [
        'Case studies',
        'Machine Learning-Powered Search Ranking of Airbnb Experiences (Mihajlo Grbovic, Airbnb Engineering & Data Science, 2019)',
      ],
      [
        'Case studies',
        'From shallow to deep learning in fraud (Hao Yi Ong, Lyft Engineering, 2018)',
      ],
      ['Case studies', 'Space, Time and Groceries (Jeremy Stanley, Tech at Instacart, 2017)'],
      [
        'Case studies',
        'Creating a Modern OCR Pipeline Using Computer Vision and Deep Learning (Brad Neuberg, Dropbox Engineering, 2017)',
      ],
      [
        'Case studies',
        'Scaling Machine Learning at Uber with Michelangelo (Jeremy Hermann and Mike Del Balso, Uber Engineering, 2019)',
      ],
      [
        'Case studies',
        'How we grew from 0 to 4 million women on our fashion app, with a vertical machine learning approach (Gabriel Aldamiz, HackerNoon, 2018)',
      ],
      ['Bonus', '[Code] Python-is-cool'],
      ['Bonus', '[Code] just-pandas-things'],
      ['Bonus', '[Code] Coding exercises and solutions for coding interviews'],
      ['Bonus', '[Video] Switching From a Batch to Streaming Mindset w/ Chip Huyen'],
      ['Bonus', '[VentureBeat] 4 AI and ML job hunting tips from Chip Huyen'],
      ['Bonus', '[Booklet] Machine learning systems design (2019)'],
    ]);
    const caseStudies = section(guide!.sections, 'Case studies').items;
    expect(caseStudies.every((i) => i.kind === 'case-study' && i.url === undefined)).toBe(true);
  });

  it('trim a tagged entry to its title, keeping untagged lines whole', () => {
    expect(withoutDescription('[Book] Deep Learning (Goodfellow). Free online version.')).toBe(
      '[Book] Deep Learning (Goodfellow)',
    );
    expect(withoutDescription('[Code] Python-is-cool: Cool Python features')).toBe(
      '[Code] Python-is-cool',
    );
    expect(withoutDescription('Rules of ML: Best Practices (Zinkevich, 2019)')).toBe(
      'Rules of ML: Best Practices (Zinkevich, 2019)',
    );
  });
});

describe('generated files', () => {
  it('docs/curriculum.schema.json is up to date with curriculumSchema (npm run curriculum:schema)', () => {
    expect(readFileSync(CURRICULUM_SCHEMA_FILE, 'utf8')).toBe(curriculumJsonSchema());
  });

  it('docs/curriculum.schema.json accepts only the http(s) links curriculumSchema accepts', () => {
    const schema = JSON.parse(curriculumJsonSchema()) as {
      $defs: { Item: { properties: { url: { format: string; pattern: string } } } };
    };
    const url = schema.$defs.Item.properties.url;
    expect(url.format).toBe('uri');
    const pattern = new RegExp(url.pattern, 'u');
    const item = (link: string) => ({
      id: 'a',
      title: 'A',
      url: link,
      kind: 'link',
      resourceKey: 'k',
    });
    const links = {
      'https://example.com/a?b=c#d': true,
      'http://example.com': true,
      'HTTPS://EXAMPLE.COM/': true,
      'ftp://example.com/file': false,
      'javascript:alert(1)': false,
      'data:text/html,hi': false,
      'file:///etc/passwd': false,
      'mailto:someone@example.com': false,
      'chrome://settings': false,
      'httpx://example.com': false,
    };
    for (const [link, accepted] of Object.entries(links)) {
      expect([link, itemSchema.safeParse(item(link)).success]).toEqual([link, accepted]);
      expect([link, pattern.test(link)]).toEqual([link, accepted]);
    }
  });

  it('the committed bundle is what the shared/curricula index serves', () => {
    const committed = JSON.parse(readFileSync(BUNDLED_CURRICULUM_FILE, 'utf8')) as Curriculum;
    expect(committed).toEqual(dmlsBookclub);
  });
});

describe('the committed bundle, against the seeds in tests/fixtures/seeds', () => {
  it('is up to date (npm run curriculum:bundle)', () => {
    const rebuilt = curriculumJson(buildDmlsBookclub(readSeeds(SEEDS_DIR)));
    expect(readFileSync(BUNDLED_CURRICULUM_FILE, 'utf8')).toBe(rebuilt);
  });
});

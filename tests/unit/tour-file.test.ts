import { describe, expect, it } from 'vitest';
import type { Tour } from '../../src/corpus/schema';
import { readTourFileText, tourFileName, tourFileText } from '../../src/tours/tour-file';
import { decodeTourLink, encodeTourLink, TOUR_LINK_MAX } from '../../src/tours/tour-file-link';
import {
  hrefFor,
  parseTourLink,
  readLaunchParams,
  serializeUrlState,
  DEFAULT_URL_STATE,
} from '../../src/state/url';
import { bundledCorpus } from '../support/corpus';

const bundle = bundledCorpus();
const five = bundle.tours.find((t) => t.id === 'five-ways')!;

const small: Tour = {
  id: 'own-small-1',
  title: 'A small tour',
  summary: 'Two steps, short enough to travel in a link.',
  minutes: 10,
  steps: [
    {
      title: 'Five models',
      view: 'overview',
      talkingPoints: ['Five national models, each in a phrase and four dimensions.'],
    },
    {
      title: 'Japan directs',
      view: 'state-role',
      focus: 'japan',
      evidence: { model: 'japan', key: 'stateRole', quote: 0 },
      talkingPoints: ['Japan is the one model where the state directs the cluster.'],
    },
  ],
};

describe('tour files', () => {
  it('write a tour as the corpus keeps its tours, and read it back unchanged', () => {
    const text = tourFileText(five);
    expect(text.endsWith('\n')).toBe(true);
    expect(readTourFileText(text)).toEqual({ ok: true, tour: five });
    expect(tourFileName(five)).toBe('five-ways.json');
  });

  it('say where a file is not JSON (line and column)', () => {
    const result = readTourFileText('{\n  "id": "x",\n  "title": oops\n}');
    expect(result).toMatchObject({ ok: false, problem: { kind: 'notJson', line: 3 } });
    expect(readTourFileText('{"id": "a", "id": "b"}')).toMatchObject({
      ok: false,
      problem: { kind: 'notJson', line: 1 },
    });
  });

  it('say where a file is not a tour, by JSON path, what is wrong and what was expected', () => {
    const broken = {
      ...small,
      steps: [{ ...small.steps[0], view: 'maps', talkingPoints: ['short'] }],
      extra: 1,
    };
    const result = readTourFileText(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (result.ok || result.problem.kind !== 'notTour') throw new Error('expected notTour');
    const paths = result.problem.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['extra', 'steps.0.view', 'steps.0.talkingPoints.0', 'steps']),
    );
    expect(result.problem.issues.find((i) => i.path.join('.') === 'steps.0.view')).toMatchObject({
      problem: expect.stringContaining('"maps"'),
      expected: expect.stringContaining('"overview"'),
    });
  });

  it('refuse a file too large to be a tour before parsing it', () => {
    expect(readTourFileText(' '.repeat(600_000))).toMatchObject({
      ok: false,
      problem: { kind: 'tooLarge', size: 600_000 },
    });
  });
});

describe('tour links', () => {
  it('carry a small tour whole, deflated, and read back as a file would be', async () => {
    const encoded = await encodeTourLink(small);
    expect(encoded.value).toMatch(/^z\.[A-Za-z0-9_-]+$/);
    expect(encoded.value!.length).toBeLessThanOrEqual(TOUR_LINK_MAX);
    expect(await decodeTourLink(encoded.value!)).toEqual({ ok: true, tour: small });
  });

  it('read plain (undeflated) links too', async () => {
    const plain = `j.${Buffer.from(JSON.stringify(small)).toString('base64url')}`;
    expect(await decodeTourLink(plain)).toEqual({ ok: true, tour: small });
  });

  it('refuse a tour too long for a link, saying how long it would be', async () => {
    const encoded = await encodeTourLink(five);
    expect(encoded.value).toBeNull();
    expect(encoded.length).toBeGreaterThan(TOUR_LINK_MAX);
  });

  it('turn a cut or tampered link into a problem, never a throw', async () => {
    const encoded = (await encodeTourLink(small)).value!;
    expect(await decodeTourLink(encoded.slice(0, 40))).toEqual({
      ok: false,
      problem: { kind: 'badLink' },
    });
    expect(await decodeTourLink('z.!!!')).toEqual({ ok: false, problem: { kind: 'badLink' } });
    const notATour = `j.${Buffer.from('{"hello":1}').toString('base64url')}`;
    expect(await decodeTourLink(notATour)).toMatchObject({
      ok: false,
      problem: { kind: 'notTour' },
    });
  });

  it('never unpack a small link into a flood', async () => {
    const flood = new TextEncoder().encode(`"${' '.repeat(1_000_000)}"`);
    const packed = new Blob([flood]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(packed).arrayBuffer());
    const link = `z.${Buffer.from(bytes).toString('base64url')}`;
    expect(link.length).toBeLessThan(TOUR_LINK_MAX);
    expect(await decodeTourLink(link)).toEqual({ ok: false, problem: { kind: 'badLink' } });
  });

  it('travel as tourfile=, read at launch, never written back into the address', () => {
    const value = 'z.abc_-1';
    expect(hrefFor({ tourfile: value, lang: 'ru' })).toBe(`?tourfile=${value}&lang=ru`);
    expect(readLaunchParams(`?tourfile=${value}`).tourfile).toBe(value);
    expect(parseTourLink('x.abc')).toMatchObject({ status: 'invalid', reason: 'badTourLink' });
    expect(parseTourLink(`z.${'a'.repeat(2001)}`)).toMatchObject({ status: 'invalid' });
    expect(serializeUrlState(DEFAULT_URL_STATE, { modelIds: [] })).toBe('');
  });
});

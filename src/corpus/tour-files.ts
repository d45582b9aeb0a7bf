/**
 * The lecturer's own tours as kept in the browser and written to a file. Apart from the tour
 * format (schema.ts) because only the tours page and the "add this view as a step" dialog need
 * them, not the first page.
 *
 * A tour file is a tour exactly as the corpus keeps them (`data/tours/<id>.json`, `tourSchema`),
 * so a lecturer's file can join a corpus as it is. What the browser keeps is a draft: the same
 * fields, with room for a tour still being written (fewer than two steps, a step with no talking
 * point yet); the tours page says what is missing before it can be presented.
 */
import * as z from 'zod/mini';
import { evidenceKeySchema, slidePartSchema, tourSchema, viewIdSchema } from './schema';

/** An own tour's id: `own-<slug>-<n>`, never the id of a corpus tour (see tours/own-tours.ts). */
export const OWN_TOUR_ID = /^own-[a-z0-9]+(-[a-z0-9]+)*$/;

/** A tour file: one tour, in the corpus's own format. */
export const tourFileSchema = tourSchema;

/** The largest tour file read (a tour of 40 steps with long talking points is far smaller). */
export const TOUR_FILE_MAX_BYTES = 500_000;

/** The longest summary or talking point kept, and the most talking points a step keeps. */
export const MAX_DRAFT_PROSE = 20_000;
export const MAX_DRAFT_POINTS = 200;

const draftText = (max: number) => z.string().check(z.maxLength(max));
const draftId = z.string().check(z.minLength(1), z.maxLength(100));

/** One step as the lecturer is writing it: its talking points are the lines of a text field. */
export const tourDraftStepSchema = z.strictObject({
  title: draftText(300),
  view: viewIdSchema,
  part: z.optional(slidePartSchema),
  models: z.optional(z.array(draftId).check(z.minLength(1), z.maxLength(100))),
  focus: z.optional(draftId),
  evidence: z.optional(
    z.strictObject({
      model: draftId,
      key: evidenceKeySchema,
      quote: z.optional(z.int().check(z.gte(0), z.lte(50))),
    }),
  ),
  /** One talking point a line, as typed (blank lines and spaces are dropped when presented). */
  talkingPoints: z.array(draftText(MAX_DRAFT_PROSE)).check(z.maxLength(MAX_DRAFT_POINTS)),
});

export const tourDraftSchema = z.strictObject({
  id: z.string().check(z.regex(OWN_TOUR_ID), z.maxLength(100)),
  title: draftText(300),
  summary: draftText(MAX_DRAFT_PROSE),
  minutes: z.optional(z.int().check(z.gte(1), z.lte(600))),
  steps: z.array(tourDraftStepSchema).check(z.maxLength(40)),
});

export type TourDraft = z.infer<typeof tourDraftSchema>;
export type TourDraftStep = z.infer<typeof tourDraftStepSchema>;

/** The version of the stored envelope below; an entry of another version is set aside, untouched. */
export const STORED_TOUR_VERSION = 1;

/** One own tour as stored under its own key (`cluster-atlas:tour:<id>`, the id also inside). */
export const storedTourSchema = z.strictObject({
  version: z.literal(STORED_TOUR_VERSION),
  createdAt: z.string().check(z.maxLength(40)),
  savedAt: z.string().check(z.maxLength(40)),
  tour: tourDraftSchema,
});
export type StoredTour = z.infer<typeof storedTourSchema>;

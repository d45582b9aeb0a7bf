/**
 * Form fields of the model editor. Each shows, right beside it, the problems the validator finds
 * at its path (linked with aria-describedby, flagged with aria-invalid), so a fix is made where
 * the problem is — but only once the field has been left (blur) or the user asked to see every
 * problem: a form that scolds before anything is typed reads as broken.
 */
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/react';
import type { CorpusIssue, JsonPath } from '../../corpus/issues';
import { parseJsonText } from '../../corpus/json-text';
import { getAt, issuesAt } from './draft';

export interface FieldContext {
  draft: unknown;
  issues: readonly CorpusIssue[];
  change: (path: JsonPath, value: unknown) => void;
  /** Every field shows its problems, touched or not (after "Show every problem"). */
  revealAll?: boolean;
}

const isBlank = (v: unknown) => v === undefined || v === null || v === '';

/**
 * A field's problems in words a person would use: an empty field is "required"; a field that
 * has its own phrasing (plain) says that; anything else is the validator's message.
 */
function Problems({
  id,
  issues,
  blank,
  plain,
}: {
  id: string;
  issues: CorpusIssue[];
  blank: boolean;
  plain?: string;
}) {
  const { t } = useTranslation();
  if (!issues.length) return null;
  const lines =
    blank || plain
      ? [blank ? t('editor.required') : (plain ?? '')]
      : issues.map((i) => t('editor.problem', { problem: i.problem, expected: i.expected }));
  return (
    <ul id={id} className="field-problems">
      {lines.map((line, n) => (
        <li key={n}>{line}</li>
      ))}
    </ul>
  );
}

function Field({
  label,
  hint,
  plainProblem,
  path,
  ctx,
  children,
}: {
  label: string;
  hint?: string;
  /** What to say, in plain words, when this field's value has the wrong form. */
  plainProblem?: string;
  path: JsonPath;
  ctx: FieldContext;
  children: (props: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
    onBlur: () => void;
  }) => ReactNode;
}) {
  const id = useId();
  const [left, setLeft] = useState(false);
  const issues = left || ctx.revealAll ? issuesAt(ctx.issues, path) : [];
  const described = [hint ? `${id}-hint` : '', issues.length ? `${id}-problems` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={issues.length ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        'aria-invalid': issues.length > 0,
        'aria-describedby': described || undefined,
        onBlur: () => setLeft(true),
      })}
      <Problems
        id={`${id}-problems`}
        issues={issues}
        blank={isBlank(getAt(ctx.draft, path))}
        plain={plainProblem}
      />
    </div>
  );
}

const asText = (v: unknown) => (typeof v === 'string' ? v : v === undefined ? '' : String(v));

export function TextField(props: {
  label: string;
  hint?: string;
  plainProblem?: string;
  path: JsonPath;
  ctx: FieldContext;
  multiline?: boolean;
}) {
  const value = asText(getAt(props.ctx.draft, props.path));
  const onChange = (v: string) => props.ctx.change(props.path, v);
  return (
    <Field {...props}>
      {(a) =>
        props.multiline ? (
          <textarea {...a} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...a} type="text" value={value} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </Field>
  );
}

export function SelectField(props: {
  label: string;
  hint?: string;
  path: JsonPath;
  ctx: FieldContext;
  options: { value: string | number; label: string }[];
}) {
  const raw = getAt(props.ctx.draft, props.path);
  const numeric = typeof props.options[0]?.value === 'number';
  return (
    <Field {...props}>
      {(a) => (
        <select
          {...a}
          value={asText(raw)}
          onChange={(e) =>
            props.ctx.change(props.path, numeric ? Number(e.target.value) : e.target.value)
          }
        >
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A share (0–1) edited as a whole percentage, which is how people think of it. */
export function PercentField(props: { label: string; path: JsonPath; ctx: FieldContext }) {
  const raw = getAt(props.ctx.draft, props.path);
  const shown = typeof raw === 'number' ? String(Math.round(raw * 1000) / 10) : '';
  return (
    <Field {...props}>
      {(a) => (
        <span className="percent-input">
          <input
            {...a}
            type="number"
            inputMode="decimal"
            min={0}
            max={100}
            step={1}
            value={shown}
            onChange={(e) =>
              props.ctx.change(
                props.path,
                e.target.value === '' ? undefined : Number(e.target.value) / 100,
              )
            }
          />
          <span aria-hidden="true">%</span>
        </span>
      )}
    </Field>
  );
}

/** Ids typed as a list: "q1, q2". */
export function IdListField(props: {
  label: string;
  hint?: string;
  path: JsonPath;
  ctx: FieldContext;
}) {
  const raw = getAt(props.ctx.draft, props.path);
  const [text, setText] = useState(() => (Array.isArray(raw) ? raw.join(', ') : ''));
  return (
    <Field {...props}>
      {(a) => (
        <input
          {...a}
          type="text"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            const ids = e.target.value
              .split(/[\s,]+/)
              .map((s) => s.trim())
              .filter(Boolean);
            props.ctx.change(props.path, ids);
          }}
        />
      )}
    </Field>
  );
}

/**
 * A part of the model edited as JSON text. The text is kept as typed; only text that parses goes
 * into the draft, and a parse fault is shown with its line and column (nothing typed is lost).
 */
export function JsonField(props: {
  label: string;
  hint?: string;
  path: JsonPath;
  ctx: FieldContext;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(() =>
    JSON.stringify(getAt(props.ctx.draft, props.path) ?? null, null, 2),
  );
  const [fault, setFault] = useState<string | null>(null);
  return (
    <Field {...props}>
      {(a) => (
        <>
          <textarea
            {...a}
            className="json-input"
            // JSON in the corpus format: its keys and ids are the format's own (English) words.
            lang="en"
            rows={8}
            spellCheck={false}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              const parsed = parseJsonText(e.target.value);
              if (!parsed.ok) {
                setFault(
                  t('editor.jsonFault', {
                    line: parsed.line,
                    column: parsed.column,
                    problem: parsed.problem,
                  }),
                );
                return;
              }
              setFault(null);
              props.ctx.change(props.path, parsed.value);
            }}
          />
          {fault ? (
            <p className="field-problems" role="status">
              {fault}
            </p>
          ) : null}
        </>
      )}
    </Field>
  );
}

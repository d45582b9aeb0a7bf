/**
 * A codebook term in running text, with its definition one hover, focus or tap away: a button
 * drawn as dotted-underlined text and a small popover beside it (the WAI disclosure pattern).
 * Focus or hover shows the definition, a click, tap or Enter pins or unpins it, Escape closes it;
 * focus never moves into the popover, and the popover sits above or below the term, inside the
 * viewport, never over the term itself. Props only: the words come from the caller.
 *
 * The popover is drawn in a portal (into the dialog the term sits in, else the page's body), so no
 * sticky table column or other stacking context around the term can paint over it. Where the
 * stylesheet prints the definition beside the term (it sets `--term-definition: beside` on a
 * container, as the state-role step legend does on a wide screen, and the caller says so with
 * `mayBeBeside`), there is no popover to disclose: the term is only described by its definition,
 * with no aria-expanded.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent, MouseEvent, PointerEvent, ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** Room kept between the popover and the term, and between the popover and the viewport edge. */
const GAP = 4;
const EDGE = 8;

interface Place {
  left: number;
  top: number;
}

/** Where the popover goes: below the term if it fits, else above; shifted to stay on screen. */
function placeBeside(term: DOMRect, pop: { width: number; height: number }): Place {
  const vw = document.documentElement.clientWidth || window.innerWidth;
  const vh = window.innerHeight;
  const below = term.bottom + GAP;
  const above = term.top - GAP - pop.height;
  const top = below + pop.height <= vh - EDGE || above < EDGE ? below : above;
  const left = Math.max(EDGE, Math.min(term.left, vw - EDGE - pop.width));
  return { left, top };
}

/** Whether the stylesheet prints this term's definition beside it (so no popover is needed). */
function definedBeside(element: Element): boolean {
  return getComputedStyle(element).getPropertyValue('--term-definition').trim() === 'beside';
}

/**
 * Where the popover is drawn: inside the modal dialog holding the term (whose outside is hidden from
 * assistive technology), else at the end of the body, above every stacking context of the page.
 */
function popoverHost(element: Element): Element {
  return element.closest('[role="dialog"]') ?? document.body;
}

export function TermPopover({
  term,
  definition,
  children,
  lang,
  mayBeBeside = false,
}: {
  /** The term's name as the codebook gives it, the popover's heading. */
  term: string;
  definition: string;
  /** The words shown in the text; the term itself by default. */
  children?: ReactNode;
  /** The language of the codebook's words where they differ from the page's (untranslated). */
  lang?: string;
  /** The stylesheet may print the definition beside this term (`--term-definition: beside`). */
  mayBeBeside?: boolean;
}) {
  const id = useId();
  const popoverId = `${id}-popover`;
  const definitionId = `${id}-definition`;
  const [pinned, setPinned] = useState(false);
  const [focused, setFocused] = useState(false);
  const [hovered, setHovered] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [host, setHost] = useState<Element | null>(null);
  const [beside, setBeside] = useState(false);
  const wrapRef = useRef<HTMLSpanElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLSpanElement>(null);
  // A pointer press focuses the button before its click: that focus must not open the popover,
  // or the click that follows would close it again on a phone.
  const pressed = useRef(false);
  const open = (pinned || focused || hovered) && !dismissed && !beside;

  // The host is known once the term is in the page; whether the definition is printed beside it
  // follows the stylesheet's media queries, so it is read again when the window changes size.
  // Only where the caller says the stylesheet may print it so: reading a computed style makes the
  // browser work out the style of the whole page there and then, in the middle of React's commit
  // (a governance view that gained a model's panel, three terms in it, spent most of its update
  // there with 200 models).
  useLayoutEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap) return;
    setHost(popoverHost(wrap));
    if (!mayBeBeside) return;
    const read = () => setBeside(definedBeside(wrap));
    read();
    window.addEventListener('resize', read);
    return () => window.removeEventListener('resize', read);
  }, [mayBeBeside]);

  const measure = useCallback(() => {
    const button = buttonRef.current;
    const pop = popoverRef.current;
    if (!button || !pop) return;
    // Written to the element, not kept in state: the place follows scrolling without a render.
    const place = placeBeside(button.getBoundingClientRect(), pop.getBoundingClientRect());
    pop.style.left = `${place.left}px`;
    pop.style.top = `${place.top}px`;
  }, []);

  useLayoutEffect(() => {
    if (open) measure();
  }, [open, measure]);

  // Fixed to the viewport (so a scrolling table cannot clip it): follow the term as the page moves.
  useEffect(() => {
    if (!open) return;
    window.addEventListener('scroll', measure, true);
    window.addEventListener('resize', measure);
    return () => {
      window.removeEventListener('scroll', measure, true);
      window.removeEventListener('resize', measure);
    };
  }, [open, measure]);

  const close = () => {
    setPinned(false);
    setDismissed(true);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    // Escape closes the definition only, not the dialog or panel the term sits in.
    e.stopPropagation();
    e.nativeEvent.stopImmediatePropagation();
    close();
  };
  const onClick = (e: MouseEvent) => {
    e.stopPropagation();
    pressed.current = false;
    setDismissed(false);
    // A keyboard's Enter or Space toggles what is seen; a mouse or a finger pins or unpins.
    setPinned(e.detail === 0 ? !open : !pinned);
    if (e.detail === 0 && open) setDismissed(true);
  };
  const onPointer = (e: PointerEvent, inside: boolean) => {
    if (e.pointerType !== 'mouse') return;
    setHovered(inside);
    if (!inside) setDismissed(false);
  };
  return (
    <span
      ref={wrapRef}
      className="term-wrap"
      onPointerEnter={(e) => onPointer(e, true)}
      onPointerLeave={(e) => onPointer(e, false)}
    >
      <button
        ref={buttonRef}
        type="button"
        className="term"
        aria-expanded={beside ? undefined : open}
        aria-controls={beside ? undefined : popoverId}
        aria-describedby={definitionId}
        onPointerDown={() => {
          pressed.current = true;
        }}
        onFocus={() => {
          if (!pressed.current) setFocused(true);
        }}
        onBlur={() => {
          pressed.current = false;
          setFocused(false);
          setPinned(false);
          setDismissed(false);
        }}
        onKeyDown={onKeyDown}
        onClick={onClick}
      >
        {children ?? term}
      </button>
      {host
        ? createPortal(
            <span
              ref={popoverRef}
              id={popoverId}
              className="term__popover"
              hidden={!open}
              lang={lang}
            >
              <span className="term__name">{term}</span> <span id={definitionId}>{definition}</span>
            </span>,
            host,
          )
        : null}
    </span>
  );
}

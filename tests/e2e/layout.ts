import type { Page } from '@playwright/test'

/*
 * Measures of a page's layout that the screen, phone, projector and language journeys share.
 */

/** How far the page reaches past the right edge of the window, in CSS px (0 when it fits). */
export async function overflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}

/**
 * The text of one chart that is cut (its box leaves the SVG's box by more than 1 px) or that runs
 * into another of its texts (the two boxes overlap by more than 1 px across and down), each named
 * by its text and boxes. Hidden and empty texts are not drawn, so they do not count.
 */
export async function textProblems(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const svgs = [...document.querySelectorAll<SVGSVGElement>(selector)].filter(
      (svg) => svg.querySelector('text') && svg.checkVisibility(),
    )
    if (svgs.length === 0)
      return { texts: 0, cut: [`no visible ${selector} with text`], overlaps: [] }
    const r = (n: number) => Math.round(n)
    const fmt = (b: DOMRect) => `[${r(b.left)},${r(b.top)}–${r(b.right)},${r(b.bottom)}]`
    const cut: string[] = []
    const overlaps: string[] = []
    let texts = 0
    for (const svg of svgs) {
      const frame = svg.getBoundingClientRect()
      const labels = [...svg.querySelectorAll<SVGTextElement>('text')]
        .filter(
          (t) =>
            (t.textContent ?? '').trim() !== '' &&
            t.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
        )
        .map((t) => ({ text: (t.textContent ?? '').trim(), box: t.getBoundingClientRect() }))
        .filter((l) => l.box.width > 0 && l.box.height > 0)
      texts += labels.length
      for (const l of labels) {
        const b = l.box
        if (
          b.left < frame.left - 1 ||
          b.top < frame.top - 1 ||
          b.right > frame.right + 1 ||
          b.bottom > frame.bottom + 1
        ) {
          cut.push(`"${l.text}" ${fmt(b)} outside the chart ${fmt(frame)}`)
        }
      }
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
          const a = labels[i]!.box
          const b = labels[j]!.box
          const across = Math.min(a.right, b.right) - Math.max(a.left, b.left)
          const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
          if (across > 1 && down > 1) {
            overlaps.push(
              `"${labels[i]!.text}" ${fmt(a)} × "${labels[j]!.text}" ${fmt(b)}: ${r(across)}×${r(down)} px`,
            )
          }
        }
      }
    }
    return { texts, cut, overlaps }
  }, selector)
}

/**
 * Every visible thing a finger can tap, with the box that takes the tap (a checkbox or radio
 * inside its label takes the label's box), and those that are smaller than 24×24 CSS px and
 * closer than WCAG's spacing exception allows: a 24 px circle centred on an undersized target
 * must not touch another target nor another undersized target's circle. Links inside a
 * sentence are exempt (WCAG's inline exception).
 */
export function tooSmall(page: Page) {
  return page.evaluate(() => {
    const MIN = 24
    const nodes = document.querySelectorAll<HTMLElement>(
      'button, input:not([type="hidden"]), select, textarea, summary, a[href], [role="slider"] [data-year]',
    )
    const targets: { what: string; box: DOMRect }[] = []
    for (const node of nodes) {
      if (!node.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue
      const taker = node.matches('input') ? (node.closest('label') ?? node) : node
      const box = taker.getBoundingClientRect()
      if (box.width <= 1 || box.height <= 1) continue // visually hidden, not tappable
      if (node.matches('a')) {
        let block = node.parentElement
        while (block && getComputedStyle(block).display === 'inline') block = block.parentElement
        const around = block?.textContent?.trim().length ?? 0
        if (around > (node.textContent?.trim().length ?? 0) + 1) continue
      }
      const name =
        node.getAttribute('aria-label') ??
        node.dataset.year ??
        (node.textContent?.trim() || (node as HTMLInputElement).name || node.id)
      targets.push({ what: `${node.tagName.toLowerCase()} "${name.slice(0, 40)}"`, box })
    }
    const small = (b: DOMRect) => b.width < MIN - 0.01 || b.height < MIN - 0.01
    const centre = (b: DOMRect) => [b.x + b.width / 2, b.y + b.height / 2] as const
    const distToBox = ([x, y]: readonly [number, number], b: DOMRect) =>
      Math.hypot(Math.max(b.left - x, 0, x - b.right), Math.max(b.top - y, 0, y - b.bottom))
    const failing = targets.filter((t) => {
      if (!small(t.box)) return false
      const c = centre(t.box)
      return targets.some((o) => {
        if (o === t) return false
        if (small(o.box)) return Math.hypot(c[0] - centre(o.box)[0], c[1] - centre(o.box)[1]) < MIN
        return distToBox(c, o.box) < MIN / 2
      })
    })
    const smallest = targets.reduce<(typeof targets)[number] | null>(
      (a, b) =>
        !a || Math.min(b.box.width, b.box.height) < Math.min(a.box.width, a.box.height) ? b : a,
      null,
    )
    const fmt = (t: { what: string; box: DOMRect }) => ({
      what: t.what,
      width: Math.round(t.box.width * 10) / 10,
      height: Math.round(t.box.height * 10) / 10,
    })
    return {
      count: targets.length,
      failing: failing.map(fmt),
      smallest: smallest && fmt(smallest),
    }
  })
}

/** Row labels that do not fit: cut at the chart's left edge or running into the bands. */
export async function clippedLabels(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector('svg.timeline-svg')!
    const box = svg.getBoundingClientRect()
    return [...svg.querySelectorAll<SVGGElement>('.timeline-row')].flatMap((row) => {
      const label = row.querySelector('.row-label')!.getBoundingClientRect()
      const bands = row.querySelector('.band-track')!.getBoundingClientRect()
      const fits = label.left >= box.left && label.right <= bands.left && label.width > 0
      return fits ? [] : [`${row.getAttribute('aria-label')}: ${Math.round(label.left - box.left)}`]
    })
  })
}

import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { AgreementChart } from '@/features/agreement/agreement-chart'
import { NetworkView } from '@/features/network/network-view'
import { useExplorerStore } from '@/store/explorer-store'

/*
 * Projector mode overrides the design tokens; a chart that paints with a literal colour or width
 * never hears of it. So every colour a chart paints with names a token, and the series lines take
 * their widths from tokens too.
 */
const PAINT = ['fill', 'stroke', 'color', 'stop-color'] as const
const LITERAL = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(/i

/** Every colour an SVG paints with, from attributes and inline styles, by element. */
function paints(svg: Element) {
  return [svg, ...svg.querySelectorAll('*')].flatMap((node) => {
    const style = (node as SVGElement).style as CSSStyleDeclaration | undefined
    return PAINT.flatMap((prop) => {
      const values = [node.getAttribute(prop), style?.getPropertyValue(prop)]
      return values.filter((v): v is string => !!v).map((value) => ({ node, prop, value }))
    })
  })
}

/** A paint that is a colour: not "none", "transparent", a pattern or currentColor. */
const isColour = (v: string) => !/^(none|transparent|currentcolor|url\(.*\))$/i.test(v.trim())

describe('charts draw with the design tokens, so projector mode reaches them', () => {
  it('the network: lines, halo, nodes and labels take colour and width from tokens', () => {
    const { container } = render(<NetworkView />)
    // The scenario adds Vietnam–Russia in 1992: that edge gets the halo and the ≠ mark.
    act(() => useExplorerStore.getState().togglePreset('russia-stays-communist'))
    expect(screen.getByRole('button', { name: /^Vietnam–Russia in 1992/ })).toBeInTheDocument()
    const svg = container.querySelector('svg.network-svg')!
    const colours = paints(svg).filter((p) => isColour(p.value))
    expect(colours.length).toBeGreaterThan(20)
    expect(colours.filter((p) => LITERAL.test(p.value)).map((p) => p.value)).toEqual([])
    expect(colours.filter((p) => !p.value.includes('var(--')).map((p) => p.value)).toEqual([])
    const widths = (series: string) =>
      [...svg.querySelectorAll<SVGLineElement>(`[data-series="${series}"]`)].map(
        (l) => l.style.getPropertyValue('stroke-width') || l.getAttribute('stroke-width'),
      )
    expect(widths('history').length).toBeGreaterThan(0)
    expect(new Set(widths('history'))).toEqual(new Set(['var(--line-history)']))
    expect(new Set(widths('scenario'))).toEqual(new Set(['var(--line-scenario)']))
    const node = svg.querySelector<SVGCircleElement>('.node circle')!
    expect(node.style.getPropertyValue('stroke-width')).toBe('var(--line-node)')
  })

  it('the agreement chart: both lines and the grid take colour and width from tokens', () => {
    const { container } = render(<AgreementChart width={600} />)
    const curves = [...container.querySelectorAll('.recharts-line-curve')]
    expect(curves).toHaveLength(2)
    expect(curves.map((c) => c.getAttribute('stroke'))).toEqual([
      'var(--baseline)',
      'var(--scenario-line)',
    ])
    expect(curves.map((c) => c.getAttribute('stroke-width'))).toEqual([
      'var(--line-agreement-baseline)',
      'var(--line-agreement-scenario)',
    ])
    const svg = container.querySelector('svg.recharts-surface')!
    const literal = paints(svg).filter((p) => isColour(p.value) && LITERAL.test(p.value))
    // Recharts paints its own axis ticks grey; the feature's stylesheet repaints them from tokens
    // (by the ticks' class), so only those may carry a literal here. Recharts draws the tick
    // labels in a layer of their own when the legend is the feature's.
    expect(
      literal
        .filter(
          (p) => !p.node.closest('.recharts-cartesian-axis, .recharts-cartesian-axis-tick-labels'),
        )
        .map((p) => `${p.node.tagName} ${p.prop}=${p.value}`),
    ).toEqual([])
  })
})

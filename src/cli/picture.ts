import type { Figure } from '../output/charts/figure.js';
import type { CommandContext } from './context.js';

/** `--format svg`: the figure as an SVG file of its own. The charting libraries load only here and in `report`. */
export async function writePicture(context: CommandContext, figure: Figure): Promise<void> {
  const { renderSvg, standalone } = await import('../output/charts/vega.js');
  context.write(standalone(await renderSvg(figure.chart, figure.id, context.cacheDirectory), figure.title));
}

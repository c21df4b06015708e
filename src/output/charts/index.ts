// The charts a report draws, loaded together by `report`.
export { entitiesFigure } from './entities.js';
export { compareFigure } from './compare.js';
export { mapFigure } from './map.js';
export { networkFigure } from './network.js';
export { dateMarks, eventMarks, reviewedYears, timelineFigure, DATE_TRACKS, EVENT_TRACKS } from './timeline.js';
export { worldShapes } from './world.js';
export { countryNames } from './countries.js';
export { renderSvg } from './vega.js';

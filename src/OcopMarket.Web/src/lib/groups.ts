import type { OcopGroup } from '../gql/graphql';

/** Decision 148/QĐ-TTg's six groups, in the decision's order (I–VI). */
export const groups: OcopGroup[] = ['FOOD', 'DRINKS', 'HERBAL', 'HANDICRAFTS', 'ORNAMENTAL', 'TOURISM'];
/** The decision numbers the groups I–VI; shown as the tile's mark (no emoji font is needed). */
export const groupNumerals: Record<OcopGroup, string> = {
  FOOD: 'I', DRINKS: 'II', HERBAL: 'III', HANDICRAFTS: 'IV', ORNAMENTAL: 'V', TOURISM: 'VI',
};

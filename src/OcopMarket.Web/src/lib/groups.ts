import type { OcopGroup } from '../gql/graphql';

/** Decision 148/QĐ-TTg's six groups, in the decision's order (I–VI). */
export const groups: OcopGroup[] = ['FOOD', 'DRINKS', 'HERBAL', 'HANDICRAFTS', 'ORNAMENTAL', 'TOURISM'];
export const groupIcons: Record<OcopGroup, string> = {
  FOOD: '🍚', DRINKS: '🍵', HERBAL: '🌿', HANDICRAFTS: '🏺', ORNAMENTAL: '🌸', TOURISM: '🏞️',
};

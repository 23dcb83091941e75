// Readable names of the entity types the extractor assigns.
export const TYPE_LABEL = {
  PER: 'Person',
  ORG: 'Organisation',
  LOC: 'Place',
  NORP: 'Group',
  MISC: 'Other',
};

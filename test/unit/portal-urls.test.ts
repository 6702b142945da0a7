import { describe, expect, it } from 'vitest';
import { caseSlug, portalUrls } from '../../src/portal/urls.ts';

describe('public addresses', () => {
  it('are readable Swedish paths built from fixed codes and dates', () => {
    expect(portalUrls.organ('KSNAU')).toBe('/organ/ksnau');
    expect(portalUrls.meeting('KSNAU', '2024-05-21')).toBe('/organ/ksnau/2024-05-21');
    expect(portalUrls.meeting('KSNAU', '2024-05-21', 2)).toBe('/organ/ksnau/2024-05-21-2');
    expect(portalUrls.case('KS-2024/00361')).toBe('/arenden/ks-2024-00361');
    expect(portalUrls.search('upphandling telefoni')).toBe('/sok?q=upphandling%20telefoni');
  });
  it('turn every registry number format into one path segment', () => {
    expect(caseSlug('KS 2018/0942')).toBe('ks-2018-0942');
    expect(caseSlug('IFN 2018/00256-1.6.1')).toBe('ifn-2018-00256-1-6-1');
    expect(caseSlug('KSKF/2014:1')).toBe('kskf-2014-1');
  });
});

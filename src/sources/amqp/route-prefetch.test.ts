import { receivesBundlesOnly, routePrefetch } from './route-prefetch';

const defaults = { prefetch: 500, bundle_prefetch: 100 };

describe('routePrefetch', () => {
  it('gives a route fed by api.rawsensordata alone the bundle prefetch', () => {
    expect(routePrefetch({ exchanges: ['api.rawsensordata'] }, defaults)).toBe(100);
  });

  it('gives routes that receive api.events (alone, by default, or with bundles) the general prefetch', () => {
    expect(routePrefetch({}, defaults)).toBe(500);
    expect(routePrefetch({ exchanges: ['api.events'] }, defaults)).toBe(500);
    expect(routePrefetch({ exchanges: ['api.events', 'api.rawsensordata'] }, defaults)).toBe(500);
  });

  it("keeps a route's own prefetch", () => {
    expect(routePrefetch({ exchanges: ['api.rawsensordata'], prefetch: 700 }, defaults)).toBe(700);
    expect(routePrefetch({ prefetch: 3 }, defaults)).toBe(3);
  });

  it('does not count an empty exchange list as bundles only', () => {
    expect(receivesBundlesOnly({ exchanges: [] })).toBe(false);
  });
});

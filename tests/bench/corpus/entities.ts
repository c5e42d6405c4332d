import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { entityId } from '../../../contract/annotation/ids.ts';
import type { AnnotatedEntity } from '../../../contract/annotation/types.ts';
import type { EntityType } from '../../../contract/model.ts';
import { type Cast, DAY, type Ref } from './model.ts';
import { EVENT_KINDS, eventName, orgName, personName, placeName } from './names.ts';

/** An entity of the corpus as the extractor would give it: id, name, kind and the aliases it adds. */
export function describeEntity(ref: Ref, cast?: Cast): AnnotatedEntity {
  const type: EntityType = ref.type;
  switch (ref.type) {
    case 'Person': {
      const name = personName(ref.index);
      return { id: entityId(type, name), type, name, aliases: nameAliases(name, true) };
    }
    case 'Organization': {
      const org = orgName(ref.index);
      const english = org.kind === 'company' && ref.index % 10 === 3 ? [org.english] : [];
      return {
        id: entityId(type, org.name),
        type,
        kind: org.kind,
        name: org.name,
        aliases: [...nameAliases(org.name, false), ...english],
      };
    }
    case 'Place': {
      const place = placeName(ref.index);
      return {
        id: entityId(type, place.name),
        type,
        kind: place.kind,
        name: place.name,
        aliases: nameAliases(place.name, false),
      };
    }
    case 'Event': {
      const event = eventName(ref.index);
      const day = cast?.eventDay(ref.index) ?? 0;
      const date = new Date(day * DAY + 8 * 3_600_000).toISOString().slice(0, 10);
      const kind = EVENT_KINDS.find((k) => k.kind === event.kind)?.kind ?? 'meeting';
      return {
        id: entityId(type, `${date}:${event.name}`),
        type,
        kind,
        name: event.name,
        aliases: [],
        properties: { date },
      };
    }
  }
}

/** What the extractor adds: pinyin (joined, spaced, initials) for Chinese people, the traditional form of Chinese names. */
function nameAliases(name: string, person: boolean): string[] {
  if (!/^[\u3400-\u9fff]+$/.test(name)) return [];
  const aliases: string[] = [];
  if (person) {
    const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' });
    aliases.push(
      syllables.join(''),
      `${syllables[0] ?? ''} ${syllables.slice(1).join('')}`,
      syllables.map((s) => s[0]).join(''),
    );
  }
  const traditional = traditionalName(name);
  if (traditional !== name) aliases.push(traditional);
  return aliases;
}

const traditionalName = OpenCC.Converter({ from: 'cn', to: 'tw' });

import { describe, expect, it } from '@jest/globals';
import { isEnumType, isInputObjectType, isObjectType, isScalarType, isSpecifiedScalarType } from 'graphql';
import { plainSchema } from './sdl.js';

/** Every named type we define, with the things inside it that need a description. */
function undescribed(): string[] {
  const schema = plainSchema();
  const missing: string[] = [];
  const blank = (s: string | null | undefined) => !s || !s.trim();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args)
          if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
    }
  }
  return missing;
}

describe('descriptions', () => {
  it('every type, field, input field and argument has one', () => {
    expect(undescribed()).toEqual([]);
  });

  it('no description is a bare placeholder', () => {
    const schema = plainSchema();
    const texts: Array<[string, string]> = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || isEnumType(type) || isScalarType(type)) continue;
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values<{ name: string; description?: string | null }>(type.getFields()))
          texts.push([`${type.name}.${field.name}`, field.description ?? '']);
      }
    }
    const placeholders = texts.filter(([, d]) => /^(description|todo|tbd|-)?\.?$/i.test(d.trim()));
    expect(placeholders).toEqual([]);
  });
});

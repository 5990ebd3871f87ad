import { describe, expect, it } from 'vitest';
import { fieldErrors, hasErrorOfType } from './fieldErrors.ts';

describe('fieldErrors', () => {
  it('should map a validation error to its field when the path starts with input', () => {
    const result = fieldErrors([
      { __typename: 'ValidationError', message: 'Too short', path: ['input', 'name'], field: 'name' },
    ]);
    expect(result.fields).toEqual({ name: 'Too short' });
    expect(result.general).toEqual([]);
  });

  it('should key nested fields by dotted path and by field name when the input is nested', () => {
    const result = fieldErrors([
      { __typename: 'ValidationError', message: 'Negative', path: ['input', 'members', 'women'], field: 'women' },
    ]);
    expect(result.fields).toEqual({ 'members.women': 'Negative', women: 'Negative' });
  });

  it('should put errors without a field in general when they are not validation errors', () => {
    const forbidden = { __typename: 'ForbiddenError', message: 'No', path: ['input', 'synergyId'] };
    const conflict = { __typename: 'ConflictError', message: 'Stale', path: null };
    const result = fieldErrors([forbidden, conflict]);
    expect(result.fields).toEqual({});
    expect(result.general).toEqual([forbidden, conflict]);
  });

  it('should keep the first message when a field has several errors', () => {
    const result = fieldErrors([
      { __typename: 'ValidationError', message: 'First', path: ['input', 'name'], field: 'name' },
      { __typename: 'ValidationError', message: 'Second', path: ['input', 'name'], field: 'name' },
    ]);
    expect(result.fields['name']).toBe('First');
  });

  it('should send a validation error to general when the form does not show its field', () => {
    const error = { __typename: 'ValidationError', message: 'Bad id', path: ['input', 'networkId'], field: 'networkId' };
    const result = fieldErrors([error], ['name', 'country']);
    expect(result.fields).toEqual({});
    expect(result.general).toEqual([error]);
  });

  it('should show a conflict beside its field when the form shows that field', () => {
    const duplicate = { __typename: 'ConflictError', message: 'Name taken', path: ['input', 'name'] };
    const stale = { __typename: 'ConflictError', message: 'Stale', path: ['input', 'version'] };
    const result = fieldErrors([duplicate, stale], ['name']);
    expect(result.fields).toEqual({ name: 'Name taken' });
    expect(result.general).toEqual([stale]);
  });

  it('should use field when there is no typename or path', () => {
    expect(fieldErrors([{ message: 'Required', field: 'email' }]).fields).toEqual({ email: 'Required' });
    expect(fieldErrors([{ message: 'Oops' }]).general).toHaveLength(1);
  });

  it('should drop the field name prefix when the message starts with it', () => {
    const result = fieldErrors([
      { __typename: 'ValidationError', message: 'name: must not be empty', path: ['input', 'name'], field: 'name' },
      { __typename: 'ValidationError', message: 'members.women: must not be negative', path: ['input', 'members', 'women'], field: 'women' },
    ]);
    expect(result.fields['name']).toBe('Must not be empty');
    expect(result.fields['members.women']).toBe('Must not be negative');
  });

  it('should return empty results when errors are missing', () => {
    expect(fieldErrors(undefined)).toEqual({ fields: {}, general: [] });
  });
});

describe('hasErrorOfType', () => {
  it('should find a conflict when one is listed', () => {
    expect(hasErrorOfType([{ __typename: 'ConflictError', message: 'x' }], 'ConflictError')).toBe(true);
    expect(hasErrorOfType([], 'ConflictError')).toBe(false);
  });
});

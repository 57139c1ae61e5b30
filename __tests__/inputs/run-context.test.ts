import {
  defaultDescription,
  defaultImageVersion,
  defaultRoleSessionName,
  readRunContext
} from '../../src/inputs/run-context.js'

describe('run context defaults', () => {
  const env = {
    GITHUB_REF_TYPE: 'tag',
    GITHUB_REF_NAME: 'v2.0.0',
    GITHUB_SHA: 'abcdef0123456789',
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_RUN_ID: '99'
  }
  it.each([
    ['a tag run', env, 'v2.0.0'],
    ['a branch run', { ...env, GITHUB_REF_TYPE: 'branch', GITHUB_REF_NAME: 'main' }, 'sha-abcdef0'],
    ['no context', {}, undefined]
  ])('image version for %s', (_c, e, expected) => {
    expect(defaultImageVersion(readRunContext(e))).toBe(expected)
  })
  it('description and session name', () => {
    const ctx = readRunContext(env)
    expect(defaultDescription(ctx)).toBe('o/r@abcdef0, run 99')
    expect(defaultRoleSessionName(ctx)).toBe('github-actions-99')
    expect(defaultDescription(readRunContext({}))).toBeUndefined()
    expect(defaultRoleSessionName(readRunContext({}), () => 7)).toBe('github-actions-7')
  })
})

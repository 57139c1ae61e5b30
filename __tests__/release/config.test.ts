import { InputError } from '../../src/failures/errors.js'
import { readReleaseConfig } from '../../src/release/config.js'
import type { RunContext } from '../../src/inputs/run-context.js'

const TAG_RUN: RunContext = { refType: 'tag', refName: 'v1.2.3', repository: 'octo/repo' }

function read(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}, ctx = TAG_RUN) {
  const masked: string[] = []
  const input = (name: string) => (inputs[name] ?? '').trim()
  try {
    return { config: readReleaseConfig(input, env, ctx, s => masked.push(s)), masked }
  } catch (err) {
    return { error: err as InputError, masked }
  }
}

describe('readReleaseConfig', () => {
  it.each(['', 'false', 'False', 'FALSE'])(
    'annotate-release "%s": off, and github-token is not read or masked',
    flag => {
      expect(read({ 'annotate-release': flag, 'github-token': 'ghs_secret' })).toEqual({
        config: undefined,
        masked: []
      })
    }
  )

  it('true: masks the token and resolves the API, tag and repository', () => {
    expect(
      read(
        { 'annotate-release': 'true', 'github-token': 'ghs_secret' },
        { GITHUB_API_URL: 'https://ghe.example.com/api/v3/' }
      )
    ).toEqual({
      config: {
        token: 'ghs_secret',
        apiUrl: 'https://ghe.example.com/api/v3',
        apiEndpoint: { host: 'ghe.example.com', protocol: 'https' },
        repository: 'octo/repo',
        tag: 'v1.2.3',
        ref: undefined
      },
      masked: ['ghs_secret']
    })
  })

  it('defaults GITHUB_API_URL to api.github.com', () => {
    expect(read({ 'annotate-release': 'TRUE', 'github-token': 'ghs_secret' }).config?.apiUrl).toBe(
      'https://api.github.com'
    )
  })

  it('a branch run: no tag, and the ref for the notice', () => {
    const { config } = read(
      { 'annotate-release': 'true', 'github-token': 'ghs_secret' },
      {},
      { refType: 'branch', refName: 'main', repository: 'octo/repo' }
    )
    expect(config).toMatchObject({ tag: undefined, ref: 'branch main' })
  })

  it.each<[string, Record<string, string>, NodeJS.ProcessEnv, string, RegExp]>([
    [
      'a flag that is not a boolean',
      { 'annotate-release': 'yes' },
      {},
      'annotate-release',
      /"yes"/
    ],
    ['an empty token', { 'annotate-release': 'true' }, {}, 'github-token', /is empty/],
    [
      'a GITHUB_API_URL that is not http(s)',
      { 'annotate-release': 'true', 'github-token': 'ghs_secret' },
      { GITHUB_API_URL: 'api.github.com' },
      'annotate-release',
      /GITHUB_API_URL is "api\.github\.com"/
    ]
  ])('%s is an input error naming the input', (_c, inputs, env, name, message) => {
    const { error } = read(inputs, env)
    expect(error).toBeInstanceOf(InputError)
    expect(error?.input).toBe(name)
    expect(error?.message).toMatch(message)
  })

  it('masks the token before it can fail on anything else', () => {
    const { error, masked } = read(
      { 'annotate-release': 'true', 'github-token': 'ghs_secret' },
      { GITHUB_API_URL: 'ftp://x' }
    )
    expect(error).toBeInstanceOf(InputError)
    expect(masked).toEqual(['ghs_secret'])
  })
})

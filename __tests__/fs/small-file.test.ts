import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readSmallFile } from '../../src/fs/small-file.js'

const dir = mkdtempSync(join(tmpdir(), 'small-file-'))
const file = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

describe('readSmallFile', () => {
  it.each([
    ['a file within the cap', () => file('ok', 'x'.repeat(16)), { text: 'x'.repeat(16) }],
    ['a file at the cap', () => file('at', 'y'.repeat(32)), { text: 'y'.repeat(32) }],
    ['a file over the cap', () => file('over', 'z'.repeat(33)), { why: 'is larger than 32 bytes' }],
    ['a missing file', () => join(dir, 'missing'), { why: 'cannot be read (ENOENT)' }],
    ['a directory', () => dir, { why: 'is not a regular file' }],
    ['a device', () => '/dev/zero', { why: 'is not a regular file' }],
    [
      'a FIFO with no writer (it does not wait for one)',
      () => {
        const path = join(dir, 'fifo')
        execFileSync('mkfifo', [path])
        return path
      },
      { why: 'is not a regular file' }
    ]
  ])('%s', (_what, pathOf, expected) => {
    expect(readSmallFile(pathOf(), 32)).toEqual(expected)
  })
})

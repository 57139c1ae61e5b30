import { flag, imageIdOf, shownText, text } from '../../src/ehpc/answer.js'
import { ApiError } from '../../src/failures/errors.js'

describe('reading answers', () => {
  it.each([
    ['m-bp1akkkr1rkxtb12345\n', 'm-bp1akkkr1rkxtb12345'],
    ['  m-abc\t', 'm-abc'],
    ['m-abc', 'm-abc']
  ])('imageIdOf(%j) is trimmed to %j', (raw, id) => {
    expect(imageIdOf(raw, 'AddImage', 'R1')).toBe(id)
  })

  it.each<[unknown, RegExp]>([
    [undefined, /the answer has no ImageId/],
    ['  ', /the answer has no ImageId/],
    [42, /the answer has no ImageId/],
    ['m-abc (creating)', /the answer's ImageId "m-abc \(creating\)" is not an image id/],
    ['m-abc\n<html>', /is not an image id/],
    ['x'.repeat(200), /is not an image id/]
  ])('imageIdOf(%j) is an invalid answer', (raw, message) => {
    let thrown: unknown
    try {
      imageIdOf(raw, 'ListImages', 'R2')
    } catch (err) {
      thrown = err
    }
    expect(thrown).toBeInstanceOf(ApiError)
    expect(thrown).toMatchObject({
      action: 'ListImages',
      code: 'InvalidResponse',
      requestId: 'R2',
      retryable: false,
      outcomeUnknown: true
    })
    expect((thrown as ApiError).serverMessage).toMatch(message)
  })

  it('text trims and drops blanks; shownText tells absent from empty; flag reads booleans', () => {
    expect([text(' v1\n'), text(''), text(null), text(1)]).toEqual([
      'v1',
      undefined,
      undefined,
      undefined
    ])
    expect([
      shownText({ A: null }, 'A'),
      shownText({ A: ' x ' }, 'A'),
      shownText({}, 'A'),
      shownText(undefined, 'A')
    ]).toEqual(['', 'x', undefined, undefined])
    expect([flag(true), flag('false'), flag('yes'), flag(undefined)]).toEqual([
      true,
      false,
      undefined,
      undefined
    ])
  })
})

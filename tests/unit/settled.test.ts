import { describe, expect, it } from 'vitest'
import { memoized, settled, track } from '../../src/lib/settled'

describe('settled promises, as React’s use reads them', () => {
  it('a value at hand is a promise already marked fulfilled', async () => {
    const promise = settled(42)
    expect(promise).toMatchObject({ status: 'fulfilled', value: 42 })
    await expect(promise).resolves.toBe(42)
  })

  it('tracking marks a promise pending, then fulfilled or rejected', async () => {
    const ok = track(Promise.resolve('text'))
    expect(ok.status).toBe('pending')
    await ok
    expect(ok).toMatchObject({ status: 'fulfilled', value: 'text' })
    const failure = new Error('offline')
    const bad = track(Promise.reject(failure))
    await expect(bad).rejects.toBe(failure)
    expect(bad).toMatchObject({ status: 'rejected', reason: failure })
  })

  it('memoized loads each key once and keeps a failure, so a page shows it rather than retrying', async () => {
    const asked: string[] = []
    const load = memoized((key) => {
      asked.push(key)
      return key === 'bad' ? Promise.reject(new Error(key)) : Promise.resolve(key.toUpperCase())
    })
    expect(load('a')).toBe(load('a'))
    await expect(load('a')).resolves.toBe('A')
    await expect(load('bad')).rejects.toThrow('bad')
    await expect(load('bad')).rejects.toThrow('bad')
    expect(asked).toEqual(['a', 'bad'])
  })
})

describe('forgetting failures', () => {
  it('asks again for a key whose load failed, and only for that one', async () => {
    let attempts = 0
    const load = memoized((key) => {
      attempts += 1
      return key === 'flaky' && attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(key)
    })
    await expect(load('flaky')).rejects.toThrow('offline')
    await expect(load('steady')).resolves.toBe('steady')
    load.forgetFailures()
    await expect(load('flaky')).resolves.toBe('flaky')
    await expect(load('steady')).resolves.toBe('steady')
    expect(attempts).toBe(3)
  })
})

# asyncio: run, sleep, gather, create_task, Queue, wait_for, Event, Lock, cancellation.
import asyncio


async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return name.upper()


async def main():
    log = []
    results = await asyncio.gather(worker("a", 0.3, log), worker("b", 0.1, log), worker("c", 0.2, log))
    print(results)
    print(log)

    t1 = asyncio.create_task(worker("x", 0.2, log))
    t2 = asyncio.create_task(worker("y", 0.1, log))
    print(t1.done(), await t2, await t1, t1.done(), t1.result())

    async def slow():
        await asyncio.sleep(10)
        return "never"

    try:
        await asyncio.wait_for(slow(), timeout=0.5)
    except asyncio.TimeoutError:
        print("timed out", asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(worker("fast", 0.1, []), timeout=1))

    q = asyncio.Queue()

    async def producer(n):
        for i in range(n):
            await q.put(i)
            print("put", i)
            await asyncio.sleep(0)
        await q.put(None)

    async def consumer():
        got = []
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                break
            got.append(item * item)
            print("got", item)
        return got

    p, c = await asyncio.gather(producer(4), consumer())
    print("consumer result", c, q.empty(), q.qsize())

    bounded = asyncio.Queue(maxsize=2)
    bounded.put_nowait(1)
    bounded.put_nowait(2)
    try:
        bounded.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull", bounded.full())
    print(bounded.get_nowait(), bounded.get_nowait())
    try:
        bounded.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

    event = asyncio.Event()

    async def waiter(i):
        await event.wait()
        return i

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.1)
    print("event set?", event.is_set())
    event.set()
    print(await asyncio.gather(*tasks))

    lock = asyncio.Lock()
    order = []

    async def critical(name):
        async with lock:
            order.append(name + " in")
            await asyncio.sleep(0.01)
            order.append(name + " out")

    await asyncio.gather(critical("p"), critical("q"), critical("r"))
    print(order)

    async def forever():
        try:
            await asyncio.sleep(100)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise

    task = asyncio.create_task(forever())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled())

    async def bad():
        await asyncio.sleep(0.01)
        raise ValueError("bad task")

    res = await asyncio.gather(bad(), worker("ok", 0.02, []), return_exceptions=True)
    print([type(r).__name__ for r in res], res[1])
    try:
        await asyncio.gather(bad(), worker("ok2", 0.02, []))
    except ValueError as e:
        print("gather raised", e)

    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]

    async def limited(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.05)
            active.remove(i)
        return i

    print(await asyncio.gather(*(limited(i) for i in range(5))), "peak", peak[0])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, "from callback")
    print(await fut)
    return "main done"


print(asyncio.run(main()))


async def raises():
    await asyncio.sleep(0)
    raise KeyError("inside run")


try:
    asyncio.run(raises())
except KeyError as e:
    print("KeyError:", e)

try:
    asyncio.run(3)
except ValueError as e:
    print("ValueError:", e)

# bench/run times this program alone as each peer's start-up time.
print("hi")

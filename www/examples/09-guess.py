# Guessing game: a text game that reads input()
# Type each guess into the field under the output and press Enter.
# Stop (or Esc) ends the game early.
import random

secret = random.randint(1, 100)
print("I'm thinking of a number between 1 and 100.")
tries = 0
while True:
    text = input("Your guess: ")
    try:
        guess = int(text)
    except ValueError:
        print(f"{text!r} is not a whole number, try again.")
        continue
    tries += 1
    if guess < secret:
        print("Higher!")
    elif guess > secret:
        print("Lower!")
    else:
        print(f"Yes, it was {secret}! You needed {tries} {'try' if tries == 1 else 'tries'}.")
        break

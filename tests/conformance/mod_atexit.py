# atexit: handlers run when the program ends, last registered first, with
# their arguments; unregister removes every registration of a function; a
# handler that raises is reported on stderr and the others still run.
import atexit


def goodbye(name, punctuation='!'):
    print('goodbye', name + punctuation)


def never():
    print('never printed')


def failing():
    raise ValueError('handler failed')


print(atexit.register(goodbye, 'first') is goodbye)
atexit.register(never)
atexit.register(failing)
atexit.register(goodbye, 'second', punctuation='?')
atexit.register(never)
atexit.unregister(never)


@atexit.register
def decorated():
    print('decorated handler')


print('registered')
print('end of program')

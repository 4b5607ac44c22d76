"""A small unittest (Brisk's own implementation): TestCase with the common
assert methods, skipping, suites, a text runner and main()."""

import sys

__all__ = ['TestCase', 'TestSuite', 'TextTestRunner', 'TestResult', 'TestLoader', 'main', 'skip',
           'skipIf', 'skipUnless', 'expectedFailure', 'SkipTest', 'defaultTestLoader']


class SkipTest(Exception):
    pass


class _ExpectedFailure(Exception):
    pass


def skip(reason):
    def decorator(obj):
        obj.__unittest_skip__ = True
        obj.__unittest_skip_why__ = reason
        return obj
    if callable(reason) and not isinstance(reason, str):
        f = reason
        reason = ''
        return decorator(f)
    return decorator


def skipIf(condition, reason):
    return skip(reason) if condition else (lambda obj: obj)


def skipUnless(condition, reason):
    return skip(reason) if not condition else (lambda obj: obj)


def expectedFailure(func):
    func.__unittest_expecting_failure__ = True
    return func


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


class _AssertRaisesContext:
    def __init__(self, expected, test_case, regex=None):
        self.expected = expected
        self.test_case = test_case
        self.regex = regex
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            name = getattr(self.expected, '__name__', str(self.expected))
            raise self.test_case.failureException(f"{name} not raised")
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.regex is not None:
            import re
            if not re.search(self.regex, str(exc_value)):
                raise self.test_case.failureException(f'"{self.regex}" does not match "{exc_value}"')
        return True


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._cleanups = []

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def id(self):
        return f'{type(self).__module__}.{type(self).__qualname__}.{self._testMethodName}'

    def __str__(self):
        return f'{self._testMethodName} ({type(self).__module__}.{type(self).__qualname__}.{self._testMethodName})'

    def __repr__(self):
        return f'<{type(self).__module__}.{type(self).__qualname__} testMethod={self._testMethodName}>'

    def shortDescription(self):
        doc = getattr(getattr(self, self._testMethodName), '__doc__', None)
        return doc.strip().split('\n')[0].strip() if doc else None

    def countTestCases(self):
        return 1

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _format(self, msg, standard):
        if msg is None:
            return standard
        if not self.longMessage:
            return msg
        return f'{standard} : {msg}'

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            standard = f'{_safe_repr(first)} != {_safe_repr(second)}'
            if isinstance(first, str) and isinstance(second, str) and ('\n' in first or '\n' in second):
                standard = f'{_safe_repr(first)} != {_safe_repr(second)}'
            raise self.failureException(self._format(msg, standard))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            raise self.failureException(self._format(msg, f'{_safe_repr(first)} == {_safe_repr(second)}'))

    def assertTrue(self, expr, msg=None):
        if not expr:
            raise self.failureException(self._format(msg, f'{_safe_repr(expr)} is not true'))

    def assertFalse(self, expr, msg=None):
        if expr:
            raise self.failureException(self._format(msg, f'{_safe_repr(expr)} is not false'))

    def assertIs(self, first, second, msg=None):
        if first is not second:
            raise self.failureException(self._format(msg, f'{_safe_repr(first)} is not {_safe_repr(second)}'))

    def assertIsNot(self, first, second, msg=None):
        if first is second:
            raise self.failureException(self._format(msg, f'unexpectedly identical: {_safe_repr(first)}'))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            raise self.failureException(self._format(msg, f'{_safe_repr(obj)} is not None'))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            raise self.failureException(self._format(msg, 'unexpectedly None'))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            raise self.failureException(self._format(msg, f'{_safe_repr(member)} not found in {_safe_repr(container)}'))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            raise self.failureException(self._format(msg, f'{_safe_repr(member)} unexpectedly found in {_safe_repr(container)}'))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            raise self.failureException(self._format(msg, f'{_safe_repr(obj)} is not an instance of {cls!r}'))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            raise self.failureException(self._format(msg, f'{_safe_repr(obj)} is an instance of {cls!r}'))

    def _compare(self, a, b, ok, symbol, msg):
        if not ok:
            raise self.failureException(self._format(msg, f'{_safe_repr(a)} not {symbol} {_safe_repr(b)}'))

    def assertGreater(self, a, b, msg=None):
        self._compare(a, b, a > b, 'greater than', msg)

    def assertGreaterEqual(self, a, b, msg=None):
        self._compare(a, b, a >= b, 'greater than or equal to', msg)

    def assertLess(self, a, b, msg=None):
        self._compare(a, b, a < b, 'less than', msg)

    def assertLessEqual(self, a, b, msg=None):
        self._compare(a, b, a <= b, 'less than or equal to', msg)

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = f'{_safe_repr(first)} != {_safe_repr(second)} within {_safe_repr(delta)} delta ({_safe_repr(diff)} difference)'
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standard = f'{_safe_repr(first)} != {_safe_repr(second)} within {places!r} places ({_safe_repr(diff)} difference)'
        raise self.failureException(self._format(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = f'{_safe_repr(first)} == {_safe_repr(second)} within {_safe_repr(delta)} delta ({_safe_repr(diff)} difference)'
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standard = f'{_safe_repr(first)} == {_safe_repr(second)} within {places!r} places'
        raise self.failureException(self._format(msg, standard))

    def assertCountEqual(self, first, second, msg=None):
        a, b = list(first), list(second)
        missing = list(b)
        for x in a:
            if x in missing:
                missing.remove(x)
            else:
                missing = None
                break
        if missing is None or missing:
            raise self.failureException(self._format(msg, 'Element counts were not equal'))

    def _seq_equal(self, first, second, msg, kind):
        if first == second:
            return
        standard = f'{kind} differ: {_safe_repr(first)} != {_safe_repr(second)}'
        raise self.failureException(self._format(msg, standard))

    def assertListEqual(self, first, second, msg=None):
        self._seq_equal(first, second, msg, 'Lists')

    def assertTupleEqual(self, first, second, msg=None):
        self._seq_equal(first, second, msg, 'Tuples')

    def assertDictEqual(self, first, second, msg=None):
        if first != second:
            raise self.failureException(self._format(msg, f'{_safe_repr(first)} != {_safe_repr(second)}'))

    def assertSetEqual(self, first, second, msg=None):
        if first != second:
            raise self.failureException(self._format(msg, f'Items in the first set but not the second:\n'
                                                          + '\n'.join(repr(x) for x in first - second)))

    def assertSequenceEqual(self, first, second, msg=None, seq_type=None):
        self._seq_equal(list(first), list(second), msg, 'Sequences')

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertEqual(first, second, msg)

    def assertRegex(self, text, regex, msg=None):
        import re
        if not re.search(regex, text):
            raise self.failureException(self._format(msg, f"Regex didn't match: {regex!r} not found in {text!r}"))

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self)
        if not args:
            return context
        callable_obj, *rest = args
        with context:
            callable_obj(*rest, **kwargs)
        return context

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        if not args:
            return context
        callable_obj, *rest = args
        with context:
            callable_obj(*rest, **kwargs)
        return context

    def subTest(self, msg=None, **params):
        return _SubTest()

    def run(self, result=None):
        if result is None:
            result = TestResult()
        result.startTest(self)
        method = getattr(self, self._testMethodName)
        skip_why = None
        if getattr(type(self), '__unittest_skip__', False):
            skip_why = type(self).__unittest_skip_why__
        elif getattr(method, '__unittest_skip__', False):
            skip_why = method.__unittest_skip_why__
        if skip_why is not None:
            result.addSkip(self, skip_why)
            result.stopTest(self)
            return result
        expecting_failure = getattr(method, '__unittest_expecting_failure__', False)
        try:
            self.setUp()
        except SkipTest as e:
            result.addSkip(self, str(e))
            result.stopTest(self)
            return result
        except Exception as e:
            result.addError(self, e)
            result.stopTest(self)
            return result
        outcome = None
        try:
            method()
        except SkipTest as e:
            result.addSkip(self, str(e))
            outcome = 'skip'
        except self.failureException as e:
            if expecting_failure:
                result.addExpectedFailure(self, e)
            else:
                result.addFailure(self, e)
            outcome = 'fail'
        except Exception as e:
            if expecting_failure:
                result.addExpectedFailure(self, e)
            else:
                result.addError(self, e)
            outcome = 'error'
        try:
            self.tearDown()
        except Exception as e:
            result.addError(self, e)
            outcome = outcome or 'error'
        self.doCleanups()
        if outcome is None:
            if expecting_failure:
                result.addUnexpectedSuccess(self)
            else:
                result.addSuccess(self)
        result.stopTest(self)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)


class _SubTest:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class TestResult:
    def __init__(self, stream=None, descriptions=None, verbosity=0):
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.testsRun = 0
        self.shouldStop = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def addSuccess(self, test):
        pass

    def addFailure(self, test, err):
        self.failures.append((test, _describe(err)))

    def addError(self, test, err):
        self.errors.append((test, _describe(err)))

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, _describe(err)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return not self.failures and not self.errors and not self.unexpectedSuccesses

    def __repr__(self):
        return '<unittest.result.TestResult run=%i errors=%i failures=%i>' % (
            self.testsRun, len(self.errors), len(self.failures))


def _describe(err):
    text = f'{type(err).__name__}: {err}' if str(err) else type(err).__name__
    return 'Traceback (most recent call last):\n' + text + '\n'


class _TextTestResult(TestResult):
    def __init__(self, stream, descriptions, verbosity):
        super().__init__()
        self.stream = stream
        self.verbosity = verbosity

    def _report(self, test, short, long):
        if self.verbosity > 1:
            self.stream.write(f'{test} ... {long}\n')
        elif self.verbosity == 1:
            self.stream.write(short)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._report(test, '.', 'ok')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._report(test, 'F', 'FAIL')

    def addError(self, test, err):
        super().addError(test, err)
        self._report(test, 'E', 'ERROR')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._report(test, 's', f'skipped {reason!r}')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._report(test, 'x', 'expected failure')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._report(test, 'u', 'unexpected success')


class TestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def addTest(self, test):
        self._tests.append(test)

    def addTests(self, tests):
        for t in tests:
            self.addTest(t)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(t.countTestCases() for t in self._tests)

    def run(self, result):
        classes_done = []
        for test in self._tests:
            if isinstance(test, TestCase) and type(test) not in classes_done:
                classes_done.append(type(test))
                type(test).setUpClass()
            test.run(result)
        for cls in classes_done:
            cls.tearDownClass()
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)


class TestLoader:
    testMethodPrefix = 'test'

    def getTestCaseNames(self, testCaseClass):
        names = [n for n in dir(testCaseClass) if n.startswith(self.testMethodPrefix)
                 and callable(getattr(testCaseClass, n))]
        return sorted(names)

    def loadTestsFromTestCase(self, testCaseClass):
        return TestSuite([testCaseClass(n) for n in self.getTestCaseNames(testCaseClass)])

    def loadTestsFromModule(self, module):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj is not TestCase:
                tests.extend(self.loadTestsFromTestCase(obj))
        return TestSuite(tests)


defaultTestLoader = TestLoader()


class TextTestRunner:
    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False):
        self.stream = stream if stream is not None else sys.stderr
        self.verbosity = verbosity

    def run(self, test):
        result = _TextTestResult(self.stream, True, self.verbosity)
        test.run(result)
        if self.verbosity == 1:
            self.stream.write('\n')
        for kind, items in (('ERROR', result.errors), ('FAIL', result.failures)):
            for t, text in items:
                self.stream.write('=' * 70 + '\n')
                self.stream.write(f'{kind}: {t}\n')
                self.stream.write('-' * 70 + '\n')
                self.stream.write(text + '\n')
        self.stream.write('-' * 70 + '\n')
        run = result.testsRun
        self.stream.write(f"Ran {run} test{'s' if run != 1 else ''}\n\n")
        details = []
        if result.failures:
            details.append(f'failures={len(result.failures)}')
        if result.errors:
            details.append(f'errors={len(result.errors)}')
        if result.skipped:
            details.append(f'skipped={len(result.skipped)}')
        if result.expectedFailures:
            details.append(f'expected failures={len(result.expectedFailures)}')
        if result.unexpectedSuccesses:
            details.append(f'unexpected successes={len(result.unexpectedSuccesses)}')
        status = 'OK' if result.wasSuccessful() else 'FAILED'
        self.stream.write(status + (f" ({', '.join(details)})" if details else '') + '\n')
        return result


def main(module='__main__', defaultTest=None, argv=None, testRunner=None, testLoader=None,
         exit=True, verbosity=1, failfast=None, catchbreak=None, buffer=None, warnings=None):
    mod = sys.modules[module] if isinstance(module, str) else module
    loader = testLoader or defaultTestLoader
    suite = loader.loadTestsFromModule(mod)
    runner = testRunner or TextTestRunner(verbosity=verbosity)
    if isinstance(runner, type):
        runner = runner(verbosity=verbosity)
    result = runner.run(suite)
    if exit:
        sys.exit(not result.wasSuccessful())
    return _Program(result)


class _Program:
    def __init__(self, result):
        self.result = result

# statistics: means, medians, modes, spread, quantiles and their errors.
import statistics as st
from fractions import Fraction

ints = [2, 4, 4, 4, 5, 5, 7, 9]
floats = [2.5, 3.25, 5.5, 11.25, 0.1, 0.2, 0.3]
print(st.mean(ints), st.mean([1, 2, 3, 4]), st.mean(floats), st.mean([Fraction(1, 3), Fraction(2, 3), 1]))
print(st.mean([1, 2.5]), st.mean([True, False, True]), st.fmean([1, 2, 3, 4]), st.fmean([1, 2], weights=[3, 1]))
print(st.median(ints), st.median([3, 1, 2]), st.median([1, 3]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode(ints), st.mode("abracadabra"), st.mode([1, 1, 2, 2]), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.variance(ints), st.pvariance(ints), st.stdev(ints), st.pstdev(ints))
print(st.variance([1, 2, 3, 4]), st.variance(floats), st.stdev(floats), st.pstdev(floats), st.pvariance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), st.stdev([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4), st.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"), st.quantiles([1.5, 2.5], n=3))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([1, 0, 3]))
print(round(st.geometric_mean([54, 24, 36]), 9))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), round(st.correlation(x, y), 12))
print(st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]))
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True).slope)
nd = st.NormalDist(100, 15)
print(nd, round(nd.cdf(115), 10), round(nd.pdf(100), 10), nd.zscore(130), nd.variance, nd + 5, nd * 2)
for f, args in [(st.mean, ([],)), (st.median, ([],)), (st.mode, ([],)), (st.variance, ([1],)),
                (st.stdev, ([],)), (st.quantiles, ([1],)), (st.harmonic_mean, ([-1, 2],)),
                (st.correlation, ([1, 1, 1], [1, 2, 3])), (st.covariance, ([1, 2], [1]))]:
    try:
        f(*args)
    except st.StatisticsError as e:
        print(f.__name__, "StatisticsError:", e)
print(issubclass(st.StatisticsError, ValueError))

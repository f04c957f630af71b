# Prints the larger of the two, not the sum.
a, b = gets.split.map(&:to_i)
puts [a, b].max

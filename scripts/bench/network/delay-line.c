/*
 * The network benchmark's delay line (scripts/bench/network/): two TUN devices, and every
 * IPv4 packet read from one written to the other after the one-way delay of the server
 * address it goes to or comes from. Compiled by the benchmark into a temporary folder with
 * the machine's cc; never committed as a binary. The kernel here has no netem.
 *
 *   delay-line CLIENT_TUN SERVER_TUN DEFAULT_US [ADDRESS=US ...]
 *
 * ADDRESS is a server's IPv4 address, US its one-way delay in microseconds. It creates both
 * TUN devices (IFF_TUN, no packet info), prints "ready" and then serves until its stdin
 * closes (the benchmark ended, however it ended: the devices go with the process) or a
 * SIGTERM. A line "delay ADDRESS US" on stdin sets (or adds) an address's delay, "delay * US"
 * the default; it answers "ok". A line "stats" on stdin prints "stats FIRST_NS LAST_NS PACKETS BUSY_NS" and resets
 * them: when the client sent its first packet, when the last packet towards it was
 * delivered (CLOCK_MONOTONIC), how many packets went either way, and for how long at least
 * one packet that carries data (or a SYN) was on the line since the last "stats" (a packet
 * still on the line then has its time so far counted there, the rest in the next): the time
 * the run waited on the network, without the time both ends computed with nothing but bare
 * ACKs in flight. Bounded: at most QUEUE_MAX
 * packets wait at once (more are dropped, as a full link would), packets of at most 64 KiB.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <arpa/inet.h>
#include <time.h>
#include <unistd.h>

#define QUEUE_MAX 8192
#define PACKET_MAX 65536
#define RULES_MAX 16

struct packet {
  int64_t due_ns;
  int to; /* 0: write to the client TUN, 1: to the server TUN */
  int len;
  int carries; /* data or a SYN: counted in the busy time */
  unsigned char *data;
};

static struct packet queue[QUEUE_MAX];
static int head = 0, count = 0, carrying = 0;

/* A TCP segment with payload or SYN; any other IPv4 packet with payload counts too. */
static int carries_data(const unsigned char *p, ssize_t n) {
  int ihl = (p[0] & 0x0f) * 4;
  int total = (p[2] << 8) | p[3];
  if (total > n) total = (int)n;
  if (p[9] != 6) return total > ihl;
  if (total < ihl + 20) return 0;
  int doff = (p[ihl + 12] >> 4) * 4;
  return total - ihl - doff > 0 || (p[ihl + 13] & 0x02);
}
static uint32_t rule_addr[RULES_MAX];
static int64_t rule_ns[RULES_MAX];
static int rules = 0;
static int64_t default_ns;
static volatile sig_atomic_t stop = 0;

static int64_t now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (int64_t)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static int open_tun(const char *name) {
  int fd = open("/dev/net/tun", O_RDWR | O_NONBLOCK);
  if (fd < 0) return -1;
  struct ifreq ifr;
  memset(&ifr, 0, sizeof ifr);
  ifr.ifr_flags = IFF_TUN | IFF_NO_PI;
  strncpy(ifr.ifr_name, name, IFNAMSIZ - 1);
  if (ioctl(fd, TUNSETIFF, &ifr) < 0) {
    close(fd);
    return -1;
  }
  return fd;
}

static int64_t delay_for(uint32_t addr) {
  for (int i = 0; i < rules; i++)
    if (rule_addr[i] == addr) return rule_ns[i];
  return default_ns;
}

static void on_term(int sig) {
  (void)sig;
  stop = 1;
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: %s CLIENT_TUN SERVER_TUN DEFAULT_US [ADDRESS=US ...]\n", argv[0]);
    return 2;
  }
  default_ns = atoll(argv[3]) * 1000LL;
  for (int i = 4; i < argc && rules < RULES_MAX; i++) {
    char *eq = strchr(argv[i], '=');
    if (!eq) return 2;
    *eq = 0;
    struct in_addr a;
    if (inet_pton(AF_INET, argv[i], &a) != 1) return 2;
    rule_addr[rules] = a.s_addr;
    rule_ns[rules++] = atoll(eq + 1) * 1000LL;
  }
  signal(SIGTERM, on_term);
  signal(SIGPIPE, SIG_IGN);
  int fds[2];
  fds[0] = open_tun(argv[1]);
  fds[1] = open_tun(argv[2]);
  if (fds[0] < 0 || fds[1] < 0) {
    perror("TUNSETIFF");
    return 1;
  }
  printf("ready\n");
  fflush(stdout);

  static unsigned char buf[PACKET_MAX];
  char line[256];
  int line_len = 0;
  int64_t first_ns = 0, last_ns = 0, packets = 0, busy_ns = 0, busy_since = 0;
  while (!stop) {
    int timeout_ms = -1;
    if (count > 0) {
      int64_t wait = queue[head].due_ns - now_ns();
      timeout_ms = wait <= 0 ? 0 : (int)((wait + 999999) / 1000000);
    }
    struct pollfd p[3] = {{fds[0], POLLIN, 0}, {fds[1], POLLIN, 0}, {0, POLLIN, 0}};
    /* Sub-millisecond precision: poll at most 1 ms ahead of the next due packet. */
    if (poll(p, 3, timeout_ms > 1 ? timeout_ms - 1 : timeout_ms) < 0 && errno != EINTR) break;
    if (p[2].revents & (POLLIN | POLLHUP)) {
      ssize_t n = read(0, line + line_len, sizeof line - 1 - line_len);
      if (n <= 0) break;
      line_len += (int)n;
      line[line_len] = 0;
      char *nl;
      while ((nl = strchr(line, '\n'))) {
        *nl = 0;
        if (strcmp(line, "stats") == 0) {
          /* A packet still on the line: its time so far is this window's, the rest the next's. */
          int64_t at = now_ns();
          if (carrying > 0) {
            busy_ns += at - busy_since;
            busy_since = at;
          }
          printf("stats %lld %lld %lld %lld\n", (long long)first_ns, (long long)last_ns,
                 (long long)packets, (long long)busy_ns);
          fflush(stdout);
          first_ns = last_ns = packets = busy_ns = 0;
        } else if (strncmp(line, "delay ", 6) == 0) {
          char addr[64];
          long long us;
          struct in_addr a;
          if (sscanf(line + 6, "%63s %lld", addr, &us) == 2 && us >= 0) {
            if (strcmp(addr, "*") == 0) default_ns = us * 1000LL;
            else if (inet_pton(AF_INET, addr, &a) == 1) {
              int i = 0;
              while (i < rules && rule_addr[i] != a.s_addr) i++;
              if (i < RULES_MAX) {
                rule_addr[i] = a.s_addr;
                rule_ns[i] = us * 1000LL;
                if (i == rules) rules++;
              }
            }
          }
          printf("ok\n");
          fflush(stdout);
        }
        line_len -= (int)(nl + 1 - line);
        memmove(line, nl + 1, line_len + 1);
      }
      if (line_len >= (int)sizeof line - 1) line_len = 0;
    }
    for (int side = 0; side < 2; side++) {
      if (!(p[side].revents & POLLIN)) continue;
      for (;;) {
        ssize_t n = read(fds[side], buf, sizeof buf);
        if (n <= 0) break;
        if (n < 20 || (buf[0] >> 4) != 4) continue; /* IPv4 only */
        uint32_t src, dst;
        memcpy(&src, buf + 12, 4);
        memcpy(&dst, buf + 16, 4);
        int64_t t = now_ns();
        /* From the client: delayed by its destination's delay; from a server: its source's. */
        int64_t due = t + delay_for(side == 0 ? dst : src);
        if (side == 0 && first_ns == 0) first_ns = t;
        if (count >= QUEUE_MAX) continue;
        int carries = carries_data(buf, n);
        /* One FIFO: packets of one host keep their order; a shorter delay never waits behind
           a longer one for long, as the queue is kept sorted by due time on insert. */
        int at = count;
        while (at > 0 && queue[(head + at - 1) % QUEUE_MAX].due_ns > due) at--;
        unsigned char *copy = malloc((size_t)n);
        if (!copy) continue;
        memcpy(copy, buf, (size_t)n);
        for (int k = count; k > at; k--)
          queue[(head + k) % QUEUE_MAX] = queue[(head + k - 1) % QUEUE_MAX];
        queue[(head + at) % QUEUE_MAX] = (struct packet){due, side == 0 ? 1 : 0, (int)n, carries, copy};
        if (carries && carrying++ == 0) busy_since = t;
        count++;
        packets++;
      }
    }
    int64_t t = now_ns();
    while (count > 0 && queue[head].due_ns <= t) {
      struct packet *q = &queue[head];
      if (write(fds[q->to], q->data, (size_t)q->len) < 0 && errno != EAGAIN) { /* dropped */ }
      if (q->to == 0) last_ns = now_ns();
      if (q->carries && --carrying == 0) busy_ns += now_ns() - busy_since;
      free(q->data);
      head = (head + 1) % QUEUE_MAX;
      count--;
    }
  }
  return 0;
}

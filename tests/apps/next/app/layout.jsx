// No icon file: the browser asks for none, so its console stays empty.
export const metadata = { title: "Alliance 8.7 widgets in a Next.js application", icons: { icon: "data:," } };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

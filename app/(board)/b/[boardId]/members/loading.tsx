import { LoadingPage, Skeleton } from '@/components/ui/Skeleton';

export default function Loading() {
  return (
    <LoadingPage label="Loading members">
      <Skeleton className="h-9 w-72 max-w-full" />
      <Skeleton className="h-9 w-64" />
      <Skeleton className="mx-auto h-72 max-w-4xl" />
    </LoadingPage>
  );
}
